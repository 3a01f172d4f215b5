# Uygulama kabuğunun arayüz metinleri (Türkçe). Komutlar, hata metinleri ve JSON buraya yazılmaz.

app-name = ACR ağ sorun giderici
app-tagline = Azure Container Registry'den görüntü çekme işlemlerinin güvenlik duvarı, proxy, sanal ağ veya özel uç nokta arkasında neden başarısız olduğunu bulun ve kayıt defterinize özel çözümü alın.
document-title = { $page } · ACR ağ sorun giderici

skip-to-content = İçeriğe geç
locale-switch-label = Dil
main-navigation = Ana gezinti

home-title = Kayıt defteri ağ erişimi sorunlarını giderin
home-intro = İstemciniz ve kayıt defteriniz hakkında birkaç soruyu yanıtlayın. Her yanıt olası nedenleri daraltır; her yol, uygulayabileceğiniz bir çözümle ya da destek isteği için toplamanız gerekenlerin listesiyle sona erer.
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
crash-details = Hata bildirimi için ayrıntılar (girdiğiniz değerler dahil edilmez):

kind-symptom = Belirti
kind-question = Soru
kind-check = Denetim
kind-cause = Neden
kind-fix = Çözüm
kind-reference = Başvuru
node-errors-title = Karşılaşabileceğiniz iletiler
node-answers-title = Yanıtınız
node-next-title = Sonraki adım
node-still-failing-title = Sorun sürüyor mu?
node-still-failing-intro = Yukarıdaki doğrulama adımı başarısız olursa, ne gösterdiğini seçin:
node-related-title = İlgili adımlar
node-restart = Baştan başla
node-back = Önceki soruya dön
body-loading = Bu adımın açıklaması yükleniyor…
body-failed = Bu adımın açıklaması yüklenemedi. Aşağıdaki adımlar, komutlar ve bağlantılar yine de çalışır.
body-retry = Yeniden dene
strings-failed = Kılavuzun bu dildeki metinleri yüklenemedi. Bağlantıyı denetleyin, ardından yeniden deneyin.
step-tools-label = Bu adım
trail-title = Buraya nasıl geldiniz
copy-link = Bu adımın bağlantısını kopyala
copy-link-done = Bağlantı kopyalandı.
copy-link-failed = Kopyalanamadı; adresi adres çubuğundan kopyalayın.

theme-toggle-label = Renk düzeni: { $current }. Değiştir
theme-auto = Sistem
theme-light = Açık
theme-dark = Koyu

storage-discarded-version = Kaydedilen değerleriniz bu kılavuzun başka bir sürümüne ait olduğu için silindi.
storage-discarded-unreadable = Kaydedilen değerleriniz okunamadığı için silindi.
notice-dismiss = Kapat

not-found-suggestions = Şu adımlardan birini mi arıyordunuz?

environment-title = Ortamınız
environment-intro = Bildiklerinizi doldurun. Değerler yalnızca bu tarayıcıda ve sayfa adresinde tutulur; kopyaladığınız bağlantı da onları taşır.
input-registry = Kayıt defteri adı
input-registry-hint = .azurecr.io'dan önceki ad; örneğin contoso.
input-resource-group = Kayıt defterinin kaynak grubu
input-resource-group-hint = Örneğin rg-containers.
input-subscription = Abonelik
input-subscription-hint = Abonelik adı veya kimliği; az CLI'daki geçerli aboneliği kullanmak için boş bırakın.
input-cloud = Azure bulutu
input-cloud-hint = public, china veya usgov.
input-region = Kayıt defterinin ana bölgesi
input-region-hint = Örneğin westeurope.
input-replica = Çoğaltma bölgeleri
input-replica-hint = Kayıt defterinin coğrafi çoğaltmayla kopyalandığı bölgeler; virgülle ayırın.
input-data-endpoints = Ayrılmış veri uç noktaları
input-data-endpoints-hint = on veya off.
input-regional-endpoints = Bölgesel uç noktalar
input-regional-endpoints-hint = Kayıt defterinde bölgesel uç noktalar (<registry>.<region>.geo.azurecr.io, önizleme özelliği) açıksa açık: istemciler bu adlara da bağlanır.
input-client-ip = İstemci IP adresleri
input-client-ip-hint = Kayıt defterinin gördüğü genel adresler veya CIDR aralıkları; virgülle ayırın.
input-proxy = HTTPS proxy'si
input-proxy-hint = Örneğin http://proxy.contoso.com:3128.
input-no-proxy = Proxy istisna listesi (NO_PROXY)
input-no-proxy-hint = Proxy'yi atlayan ana bilgisayarlar ve aralıklar; virgülle ayırın.
input-vnet = Sanal ağ
input-vnet-hint = İstemcilerin bulunduğu sanal ağın adı.
input-subnet = Alt ağ
input-subnet-hint = İstemcilerin veya özel uç noktanın bulunduğu alt ağın adı.
input-vnet-resource-group = Sanal ağın kaynak grubu
input-vnet-resource-group-hint = Kayıt defterinin kaynak grubuyla aynıysa boş bırakın.
input-private-endpoint = Özel uç nokta
input-private-endpoint-hint = Kayıt defterinin özel uç noktasının adı.
input-aks-cluster = AKS kümesi
input-aks-cluster-hint = Görüntüleri çeken Kubernetes kümesinin adı.
input-aks-resource-group = AKS kümesinin kaynak grubu
input-aks-resource-group-hint = Örneğin rg-aks.
input-firewall = Azure Güvenlik Duvarı
input-firewall-hint = Giden trafiği süzen güvenlik duvarının adı.
input-firewall-resource-group = Güvenlik duvarının kaynak grubu
input-firewall-resource-group-hint = Örneğin rg-hub.
input-firewall-policy = Azure Güvenlik Duvarı ilkesi
input-firewall-policy-hint = Kuralları tutan güvenlik duvarı ilkesinin adı (güvenlik duvarının kaynak grubunda).
input-nsg = Ağ güvenlik grubu
input-nsg-hint = İstemcilerin alt ağındaki NSG'nin adı.
input-vm = Sanal makine
input-vm-hint = Görüntü çekemeyen bir sanal makine (veya AKS düğümü): ağ yolu buradan denetlenir.
input-vm-resource-group = Sanal makinenin kaynak grubu
input-vm-resource-group-hint = AKS düğümleri için düğüm kaynak grubu (MC_…).
input-workspace = Log Analytics çalışma alanı
input-workspace-hint = Kayıt defterinin günlüklerini alan çalışma alanının kaynak kimliği.
input-private-dns-zone = Merkezi özel DNS bölgesi
input-private-dns-zone-hint = Yenisini oluşturmak yerine kullanılacak mevcut privatelink DNS bölgesinin kaynak kimliği; örneğin hub'daki merkezi DNS bölgesi.
input-client-vnet = İstemci sanal ağları
input-client-vnet-hint = Görüntü çeken istemcilerin (ve DNS ileticisinin) sanal ağlarının kaynak kimlikleri, virgülle ayrılmış.
input-dns-forwarder = Azure'daki DNS ileticisi
input-dns-forwarder-hint = Şirket içi DNS'in kayıt defterinin etki alanını ilettiği IP adresi: özel DNS bölgesine bağlı bir sanal ağdaki DNS iletici sanal makinesi ya da bir Azure DNS Private Resolver gelen uç noktası.
input-shell = Kabuk
input-shell-hint = bash veya powershell.

input-not-set = (belirtilmedi)
snippets-title = Ortamınıza göre komutlar
snippets-copy-all = Tümünü kopyala
snippets-download-all = Betik olarak indir
snippet-copy = Kopyala
snippet-copied = Kopyalandı.
snippet-copy-failed = Kopyalanamadı; metni seçerek kopyalayın.
snippet-download = İndir

offline-download = Çevrimdışı kullanım için indir
offline-download-hint = Ağ olmadan çalışan tek bir HTML dosyası: diskten açın; kayıt defterine ulaşamayan makinede bile çalışır.
update-available = Bu kılavuzun yeni bir sürümü var.
update-reload = Yeniden yükle

paste-title = Hata iletinizle başlayın
paste-label = Bir hata iletisi, pod olayları, az acr check-health çıktısı veya günlük yapıştırın
paste-hint = Eşleştirme yalnızca bu tarayıcıda yapılır; metin saklanmaz, adrese de eklenmez.
paste-button = Adımı bul
paste-results = Eşleşen adımlar
paste-confidence = Eşleşme: %{ $percent }
paste-no-match = Güvenilir bir eşleşme yok. Aşağıdan en uygun belirtiyi seçin.
paste-found-values = Metinde şu değerler geçiyor:
paste-use-values = Bu değerleri kullan
paste-values-applied = Değerler dolduruldu.
paste-code = check-health kodu: { $code }
paste-status = HTTP durumu: { $status }
paste-dialed-private = Bağlantı { $address } adresine gitmiş; bu özel bir adres (özel uç nokta ya da iç yönlendirme).
paste-dialed-public = Bağlantı { $address } adresine gitmiş; bu genel bir adres.
paste-typo = Metinde azureacr.io yazıyor; kayıt defteri etki alanı azurecr.io'dur.
paste-one-of-two = Metin iki adıma da aynı ölçüde uyuyor: { $first } ya da { $second }.
paste-tell-apart = Hangisi olduğunu şu adım ayırt eder:
paste-no-match-cli = Güvenilir bir eşleşme yok. Belirtileri listelemek için: acr-net-guide nodes
