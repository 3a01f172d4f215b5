# Kayıt defterinin ağ kuralları, genel erişim ve kısıtlı kayıt defterinden çekmeye çalışan Azure hizmetleri (Türkçe).

node-client-ip-not-allowed = Kayıt defteri istemcinizin IP adresini reddediyor
    .summary = İstek kayıt defterine ulaştı, ancak ağ kuralları geldiği adresi reddetti.
    .answer-next = Kayıt defterinin ağ kurallarını denetleyin

node-check-network-rules = Kayıt defterinin genel erişim ayarını ve ağ kurallarını denetleyin
    .summary = Genel erişim ayarını, varsayılan eylemi, IP kurallarını ve VNet kurallarını okuyun ve hatadaki adresle karşılaştırın.
    .answer-public-disabled-private-endpoint = Özel uç nokta kullandığımız için genel ağ erişimi kapalı ve bu istemci özel uç noktaya ulaşmalı
    .answer-public-disabled = Genel ağ erişimi kapalı ve bu istemcinin özel bir yolu yok: genel uç noktayı kullanması gerekiyor
    .answer-selected-networks = Seçili ağlar etkin ve istemcinin adresi IP kurallarında yok
    .answer-service-endpoint = İstemci kayıt defterine alt ağındaki bir hizmet uç noktası üzerinden ulaşıyor
    .answer-app-service = İstemci bir App Service uygulaması
    .answer-all-networks = Tüm ağlara izin veriliyor

node-configure-public-access-to-registry = Kayıt defterine genel erişimi yapılandırın
    .summary = Tüm ağlar, seçili ağlar ve devre dışı seçenekleri arasında seçim yapın ve IP kurallarını istemcileri dışarıda bırakmadan uygulayın.
    .still-failing-still-403 = curl hâlâ 403 döndürüyor: bu istemcinin adresi reddediliyor
    .still-failing-timeout = curl yanıt almak yerine zaman aşımına uğruyor

node-fix-allow-client-ip = İstemcinin genel IP adresine izin verin
    .summary = İstemcinin özel adresi için değil, kayıt defterinin gördüğü genel çıkış adresi için bir IP kuralı ekleyin.
    .still-failing-private-endpoint = Hâlâ 403 alınıyor ve kayıt defterinin bu istemcinin kullanması gereken bir özel uç noktası da var
    .still-failing-different-address = Hâlâ 403 alınıyor ve hatadaki adres beklediğiniz adres değil: kayıt defterinin gördüğü adresi bulun

node-fix-app-service-access = App Service'in kısıtlanmış kayıt defterinden çekmesini sağlayın
    .summary = App Service güvenilen bir hizmet değildir: tüm giden adreslerine izin verin ya da görüntüyü VNet tümleştirmesiyle özel uç nokta üzerinden çekin.
    .still-failing-unauthorized = Günlük artık unauthorized diyor: ağ çalışıyor, kimlik bilgileri çalışmıyor
    .still-failing-resolves-public = Sanal ağ tümleştirmesine rağmen kayıt defteri uygulamadan hâlâ genel bir adrese çözümleniyor

node-fix-pipeline-agents = Azure DevOps kayıt defteri adımlarını şirket içinde barındırılan bir aracıda çalıştırın
    .summary = Microsoft tarafından barındırılan aracıların adresleri değişir ve özel uç nokta kullanamazlar; kayıt defteri işlerini kendi ağınızdaki bir aracıya taşıyın.
    .still-failing-still-403 = Aracı hâlâ 403 alıyor: çıkış adresine izin verilmemiş
    .still-failing-resolves-public = Özel uç nokta olmasına rağmen aracı, kayıt defterini genel bir adrese çözümlüyor

node-azure-service-cannot-pull = Bir Azure hizmeti kayıt defterinden görüntü çekemiyor
    .summary = AKS, App Service, Container Instances, Container Apps ve işlem hattı aracıları kayıt defterine farklı yollardan ulaşır; çözümü de bu belirler.
    .answer-aks = AKS kümesi (Azure Kubernetes Service)
    .answer-app-service = App Service uygulaması (Web App for Containers)
    .answer-container-instances = Azure Container Instances kapsayıcı grubu
    .answer-container-apps = Azure Container Apps uygulamaları
    .answer-devops-agents = Microsoft tarafından barındırılan aracılarda veya Managed DevOps Pools üzerinde çalışan Azure DevOps işlem hatları

node-check-aks-pull = AKS'nin görüntüyü neden çekemediğini denetleyin
    .summary = Pod olaylarını okuyun, az aks check-acr komutunu çalıştırın ve hatayı nedeniyle eşleştirin.
    .answer-private-ip-timeout = Özel bir adrese bağlanırken i/o timeout
    .answer-public-ip-timeout = Genel bir adrese (oturum açma sunucusu veya veri uç noktası) i/o timeout, connection reset by peer veya EOF
    .answer-anonymous-403-private-link = Anonim belirteç alınırken 403 Forbidden ve kayıt defterinin özel uç noktası var
    .answer-anonymous-403-public = Anonim belirteç alınırken 403 Forbidden ve özel uç nokta yok
    .answer-oauth-401 = OAuth belirteci alınırken 401 Unauthorized
    .answer-tls-handshake-timeout = TLS el sıkışması zaman aşımı (TLS handshake timeout)
    .answer-no-such-host = no such host: kayıt defterinin adı çözümlenmiyor
    .answer-mcr-images-fail = Sistem pod'ları veya mcr.microsoft.com'dan gelen görüntüler de çekilemiyor
    .answer-exec-format = exec format error ya da no match for platform in manifest iletisi

node-fix-image-platform = Görüntünün platformunu düğümlerle eşleştirin
    .summary = Görüntünün düğümün mimarisine ya da işletim sistemine uygun bir çeşidi yok: çok platformlu bir görüntü gönderin ya da uygun düğümlere zamanlayın.
    .still-failing-other-pull-error = Platform uyuyor, ama pod artık başka bir çekme hatasıyla başarısız oluyor

node-fix-container-apps-pull = Azure Container Apps'in kısıtlı bir kayıt defterinden çekmesini sağlayın
    .summary = Container Apps güvenilen hizmetlerden biri değildir: kendi sanal ağınızdaki bir ortamdan özel uç nokta üzerinden çekin ya da sabit bir çıkış adresine izin verin.
    .still-failing-unauthorized = Yeni revizyon artık unauthorized hatası veriyor ya da kimlik belirteç alamıyor
    .still-failing-resolves-public = Ortamın sanal ağı kayıt defterini genel bir adrese çözümlüyor
