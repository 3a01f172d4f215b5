# Uygulama kabuğunun arayüz metinleri (Türkçe). Komutlar, hata metinleri ve JSON buraya yazılmaz.

app-name = ACR ağ sorun giderici
app-tagline = Azure Container Registry'den görüntü çekme işlemlerinin güvenlik duvarı, proxy, sanal ağ veya özel uç nokta arkasında neden başarısız olduğunu bulun ve kayıt defterinize özel çözümü alın.
document-title = { $page } · ACR ağ sorun giderici

skip-to-content = İçeriğe geç
locale-switch-label = Dil
main-navigation = Ana gezinti

home-title = Kayıt defteri ağ erişimi sorunlarını giderin
home-intro = İstemciniz ve kayıt defteriniz hakkında birkaç soruyu yanıtlayın. Her yanıt olası nedenleri daraltır; her yol, uygulayabileceğiniz bir çözümle ya da destek talebi için toplamanız gerekenlerin listesiyle sona erer.
home-steps-title = Nasıl çalışır?
home-step-symptom = Gördüğünüz belirtiyi veya hata iletisini seçin.
home-step-questions = DNS, proxy, güvenlik duvarı ve özel uç noktalarla ilgili soruları yanıtlayın.
home-step-fix = Kayıt defterinizin adına ve bölgelerine göre üretilen komutları ve güvenlik duvarı kurallarını kopyalayın.
home-privacy = Her şey tarayıcınızda çalışır. Yazdığınız hiçbir şey bu sayfanın dışına çıkmaz.

not-found-title = Sayfa bulunamadı
not-found-body = “{ $path }” adresinde bir sayfa yok. Bağlantı yanlış yazılmış veya güncelliğini yitirmiş olabilir.
not-found-home-link = Başlangıç sayfasına dön

footer-version = Sürüm { $version } · derleme tarihi { $date }

crash-title = Bir sorun oluştu
crash-body = Sayfa çalışmayı durdurdu. Başlangıç sayfasını yeniden yüklemek genellikle sorunu çözer.
crash-reset = Başlangıç sayfasını yeniden yükle

kind-symptom = Belirti
kind-question = Soru
kind-check = Denetim
kind-cause = Neden
kind-fix = Çözüm
kind-reference = Başvuru
node-errors-title = Karşılaşabileceğiniz iletiler
node-answers-title = Yanıtınız
node-next-title = Sonraki adım
node-related-title = İlgili adımlar
node-restart = Baştan başla
