# Arama sayfasının ve arama kutusunun arayüz metinleri (Türkçe).

search-title = Kılavuzda arayın
search-label = Bir adımı ya da hata iletisini arayın
search-loading = Arama dizini yükleniyor…
search-failed = Arama dizini yüklenemedi. Bağlantıyı denetleyin, sonra yeniden deneyin.
search-count = Bulunan adım: { $count }
search-none = Eşleşen adım yok. Daha az ya da başka sözcükler deneyin veya hata iletisinin tamamını başlangıç sayfasına yapıştırın.
search-hint = Hata iletisinden ya da sorundan sözcükler yazın, örneğin: no such host.
