# Kayıt defterinin ağ kuralları, genel erişim ve kısıtlı kayıt defterinden çekmeye çalışan Azure hizmetleri (Türkçe).

node-client-ip-not-allowed = Kayıt defteri istemcinizin IP adresini reddediyor
    .summary = İstek kayıt defterine ulaştı, ancak ağ kuralları geldiği adresi reddetti.
    .answer-next = Kayıt defterinin ağ kurallarını denetleyin

node-check-network-rules = Kayıt defterinin genel erişim ayarını ve ağ kurallarını denetleyin
    .summary = Genel erişim ayarını, varsayılan eylemi, IP kurallarını ve VNet kurallarını okuyun ve hatadaki adresle karşılaştırın.
    .answer-public-disabled = Genel ağ erişimi devre dışı
    .answer-selected-networks = Seçili ağlar etkin ve istemcinin adresi IP kurallarında yok
    .answer-service-endpoint = İstemci kayıt defterine alt ağındaki bir hizmet uç noktası üzerinden ulaşıyor
    .answer-app-service = İstemci bir App Service uygulaması
    .answer-all-networks = Tüm ağlara izin veriliyor

node-configure-public-access-to-registry = Kayıt defterine genel erişimi yapılandırın
    .summary = Tüm ağlar, seçili ağlar ve devre dışı seçenekleri arasında seçim yapın ve IP kurallarını istemcileri dışarıda bırakmadan uygulayın.

node-fix-allow-client-ip = İstemcinin genel IP adresine izin verin
    .summary = İstemcinin özel adresi için değil, kayıt defterinin gördüğü genel çıkış adresi için bir IP kuralı ekleyin.

node-fix-app-service-access = App Service'in kısıtlanmış kayıt defterinden çekmesini sağlayın
    .summary = App Service güvenilen bir hizmet değildir: tüm giden adreslerine izin verin ya da görüntüyü VNet tümleştirmesiyle özel uç nokta üzerinden çekin.

node-fix-pipeline-agents = Azure DevOps kayıt defteri adımlarını şirket içinde barındırılan bir aracıda çalıştırın
    .summary = Microsoft tarafından barındırılan aracıların adresleri değişir ve özel uç nokta kullanamazlar; kayıt defteri işlerini kendi ağınızdaki bir aracıya taşıyın.

node-azure-service-cannot-pull = Bir Azure hizmeti kayıt defterinden görüntü çekemiyor
    .summary = AKS, App Service, Container Instances ve işlem hattı aracıları kayıt defterine farklı yollardan ulaşır; çözümü bu yol belirler.
    .answer-aks = AKS kümesi (Azure Kubernetes Service)
    .answer-app-service = App Service uygulaması (Web App for Containers)
    .answer-container-instances = Azure Container Instances kapsayıcı grubu
    .answer-devops-agents = Microsoft tarafından barındırılan aracılarda çalışan Azure DevOps işlem hatları

node-check-aks-pull = AKS'nin görüntüyü neden çekemediğini denetleyin
    .summary = Pod olaylarını okuyun, az aks check-acr komutunu çalıştırın ve hatayı nedeniyle eşleştirin.
    .answer-private-ip-timeout = Özel bir adrese bağlanırken i/o timeout
    .answer-anonymous-403-private-link = Anonim belirteç alınırken 403 Forbidden ve kayıt defterinin özel uç noktası var
    .answer-anonymous-403-public = Anonim belirteç alınırken 403 Forbidden ve özel uç nokta yok
    .answer-oauth-401 = OAuth belirteci alınırken 401 Unauthorized
    .answer-tls-handshake-timeout = TLS el sıkışması zaman aşımı (TLS handshake timeout)
    .answer-no-such-host = no such host: kayıt defterinin adı çözümlenmiyor
    .answer-exec-format = exec format error ya da no match for platform in manifest iletisi

node-fix-image-platform = Görüntünün platformunu düğümlerle eşleştirin
    .summary = Görüntünün düğümün mimarisine ya da işletim sistemine uygun bir çeşidi yok: çok platformlu bir görüntü gönderin ya da uygun düğümlere zamanlayın.
