# Arama sayfasının ve arama kutusunun arayüz metinleri (Türkçe).

search-title = Kılavuzda arayın
search-label = Bir adımı ya da hata iletisini arayın
search-loading = Arama hazırlanıyor…
search-count = Bulunan adım: { $count }
search-none = Eşleşen adım yok. Daha az ya da başka sözcükler deneyin.
search-hint = Hata iletisinden ya da sorundan sözcükler yazın, örneğin: no such host.
