# Bir adımı paylaşmak için arayüz metinleri: Markdown raporu, wiki bağlantıları (Türkçe).

report-date = Tarih
report-version = Kılavuz sürümü
report-step = Adım
report-link = Bağlantı
report-explanation = Açıklama
report-trail-empty = Soru yanıtlanmadan doğrudan açıldı.
report-inputs-empty = Değer girilmedi.
report-redacted = gizlendi
report-redacted-public-address = gizlenmiş genel IP adresi
report-redacted-private-address = gizlenmiş özel IP adresi
report-refused = kullanılmadı: { $reason }

share-title = Bu adımı paylaşın
share-redact = Adları ve IP adreslerini gizle (rapor ve bağlantı)
share-copy-report = Raporu kopyala
share-download-report = report.md dosyasını indir
share-report-copied = Rapor kopyalandı.
share-copy-link = Wiki bağlantısı olarak kopyala:
share-link-copied = Wiki bağlantısı kopyalandı.
share-copy-failed = Kopyalanamadı: tarayıcı izin vermedi.
