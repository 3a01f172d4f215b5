# Giriş, başvuru makalesinin bölümleri, DNS ve özel uç nokta dalı (Türkçe).

node-start = Ne görüyorsunuz?
    .summary = Tanılamayı başlatmak için sorununuza uyan hata iletisini veya durumu seçin.
    .answer-dns = dial tcp: lookup … no such host veya context deadline exceeded: kayıt defteri adı çözümlenmiyor
    .answer-timeout = Client.Timeout exceeded while awaiting headers veya TLS handshake timeout: bağlantı askıda kalıyor
    .answer-cli-login-server = Azure CLI oturum açma sunucusuna bağlanamıyor: Could not connect to the registry login server
    .answer-ip-denied = İstemci IP adresine izin verilmiyor: denied: client with IP … is not allowed access
    .answer-proxy-403 = Proxy arkasında: login attempt failed with status: 403 Forbidden veya proxyconnect tcp: EOF
    .answer-tls = x509: certificate signed by unknown authority ya da başka bir TLS hatası
    .answer-data-endpoint = Oturum açma çalışıyor ama katman indirmeleri başarısız: download failed after attempts=6 … i/o timeout
    .answer-azure-service = AKS, App Service, Container Instances veya bir işlem hattı görüntü çekemiyor
    .answer-portal = Portal veya CLI depoları ya da kayıt defteri ayarlarını gösteremiyor
    .answer-settings-rejected = Güvenlik duvarı ve sanal ağ ayarları kaydedilemiyor: Failed to save firewall and virtual network settings for container registry
    .answer-tasks = ACR Tasks veya az acr build görüntü çekemiyor ya da gönderemiyor
    .answer-scanning = Microsoft Defender for Cloud, kayıt defterindeki görüntüler için tarama sonucu göstermiyor
    .answer-unauthorized = unauthorized: authentication required veya 401 Unauthorized
    .answer-access-denied = denied: requested access to the resource is denied (erişim reddedildi)
    .answer-throttled = toomanyrequests: Too many requests veya pull QPS exceeded
    .answer-health-code = Elimde az acr check-health komutundan gelen bir hata kodu var
    .answer-browse-causes = Emin değilim: yaygın nedenlere göz atmak istiyorum
    .answer-browse-fixes = Olası çözümlere göz atmak istiyorum

node-causes = Kayıt defteri ağ sorunlarının yaygın nedenleri
    .summary = Güvenlik duvarı ve proxy'den özel uç nokta DNS'ine kadar, bir istemcinin kayıt defterine ulaşamamasının olağan nedenleri.
    .answer-client-firewall = Bir istemci veya çevre güvenlik duvarı kayıt defteri uç noktalarını engelliyor
    .answer-proxy = HTTPS proxy'si Docker daemon'ı için yapılandırılmamış ya da trafiği reddediyor
    .answer-public-access-rules = Kayıt defterinin genel ağ erişimi kuralları istemciyi engelliyor
    .answer-vnet = Sanal ağ yapılandırması erişimi engelliyor
    .answer-egress-firewall = Azure Güvenlik Duvarı veya başka bir gereç giden trafiği filtreliyor
    .answer-private-dns = Kayıt defteri adı özel uç noktaya çözümlenmiyor
    .answer-data-endpoints = Katman indirmeleri izin verilmeyen veri uç noktalarına veya çoğaltma bölgelerine gidiyor
    .answer-azure-services = Bir Azure hizmeti ağ erişimi kısıtlanmış kayıt defterine ulaşamıyor
    .answer-scanning = Kayıt defteri kısıtlandıktan sonra görüntü taraması durdu
    .answer-authentication = Sorun aslında kimlik doğrulama veya izinlerle ilgili
    .answer-throttling = İstekler kısıtlanıyor veya yavaş

node-potential-solutions = Olası çözümler
    .summary = Kayıt defteri ağ erişiminin düzeltildiği dört alan: istemci güvenlik duvarı, genel erişim, VNet erişimi ve görüntü tarama.
    .answer-client-firewall = İstemci güvenlik duvarı ve proxy erişimini yapılandırın
    .answer-public-access = Kayıt defterine genel erişimi yapılandırın
    .answer-vnet = VNet erişimini yapılandırın
    .answer-scanning = Görüntü taramasını yeniden çalışır hâle getirin

node-further-diagnosis = Kayıt defteri sistem durumu denetimini çalıştırın
    .summary = az acr check-health komutunu çalıştırın, özel uç noktalar için --vnet ekleyin ve raporlanan hata kodunu seçin.
    .answer-connectivity-dns-error = CONNECTIVITY_DNS_ERROR: oturum açma sunucusu adı çözümlenmiyor
    .answer-connectivity-forbidden-error = CONNECTIVITY_FORBIDDEN_ERROR: kayıt defteri 403 döndürdü
    .answer-connectivity-challenge-error = CONNECTIVITY_CHALLENGE_ERROR: kayıt defterinden kimlik doğrulama sınaması gelmedi
    .answer-connectivity-ssl-error = CONNECTIVITY_SSL_ERROR: güvenli bağlantı kurulamıyor, çoğunlukla proxy kaynaklı
    .answer-connectivity-aad-login-error = CONNECTIVITY_AAD_LOGIN_ERROR: Microsoft Entra ile oturum açma desteklenmiyor
    .answer-connectivity-www-authenticate-error = CONNECTIVITY_WWW_AUTHENTICATE_ERROR: kayıt defteri basic veya bearer kimlik doğrulaması istemedi
    .answer-connectivity-refresh-token-error = CONNECTIVITY_REFRESH_TOKEN_ERROR: yenileme belirteci alınamadı, erişim reddedildi
    .answer-connectivity-access-token-error = CONNECTIVITY_ACCESS_TOKEN_ERROR: erişim belirteci alınamadı, erişim reddedildi
    .answer-connectivity-toomanyrequests-error = CONNECTIVITY_TOOMANYREQUESTS_ERROR: çok fazla istek
    .answer-login-server-error = LOGIN_SERVER_ERROR: oturum açma sunucusu bulunamadı
    .answer-docker-command-error = DOCKER_COMMAND_ERROR: Docker istemcisi bulunamadı
    .answer-docker-daemon-error = DOCKER_DAEMON_ERROR: Docker daemon'ı çalışmıyor veya erişilemiyor
    .answer-docker-version-error = DOCKER_VERSION_ERROR: Docker sürümü okunamadı
    .answer-docker-pull-error = DOCKER_PULL_ERROR: MCR'deki deneme görüntüsü çekilemedi
    .answer-helm-command-error = HELM_COMMAND_ERROR: Helm bulunamadı
    .answer-helm-version-error = HELM_VERSION_ERROR: Helm sürümü okunamadı veya çok eski
    .answer-notary-command-error = NOTARY_COMMAND_ERROR: Notary bulunamadı
    .answer-notary-version-error = NOTARY_VERSION_ERROR: Notary sürümü uyumsuz
    .answer-cmk-error = CMK_ERROR: şifreleme kimliği mevcut değil
    .answer-unexpected-error = UNEXPECTED_ERROR: beklenmeyen bir hata
    .answer-vnet-routing-failed = --vnet denetimi DNS routing verification failed ile bitiyor
    .answer-all-ok-layers-fail = Tüm denetimler geçiyor, ancak çekme sırasında katman indirmeleri takılıyor veya zaman aşımına uğruyor
    .answer-all-ok-daemon-proxy = Kabukta tüm denetimler geçiyor, ancak docker pull zaman aşımına uğruyor: bu ağda proxy zorunlu
    .answer-all-ok = Tüm denetimler geçiyor ve buradan çekme çalışıyor: hata başka bir makinede ya da ara sıra oluşuyor

node-advanced-troubleshooting = Kayıt defterinin kaynak günlüklerini inceleyin
    .summary = Tanılama ayarlarını açın ve hangi çağıranların neden reddedildiğini görmek için ContainerRegistryLoginEvents tablosunu sorgulayın.
    .answer-denied-ip = Hatalar, ağ kurallarının izin vermediği bir adresten geliyor
    .answer-auth-failures = Hatalar bir kimliğe bağlı, örneğin 401 yanıtları
    .answer-no-events = Denemelerime ait hiç olay yok: istekler kayıt defterine hiç ulaşmıyor
    .answer-nothing-conclusive = Günlüklerden kesin bir sonuç çıkmıyor

node-next-steps = Sorun sürüyor: destek isteği için toplanacaklar
    .summary = Destek isteği açmadan önce toplamanız gereken bilgiler ve oturum açma ya da performans sorunları için bakılacak yerler.

node-dns-lookup-fails = Kayıt defteri adı çözümlenmiyor
    .summary = İstemci oturum açma sunucusu adını bir IP adresine çözümleyemiyor, bu yüzden hiç bağlantı kurulmuyor.
    .answer-next = Adı sorgulayın

node-check-nslookup = Kayıt defteri adının neye çözümlendiğini denetleyin
    .summary = Oturum açma sunucusunu hatayı alan makinede çözümleyin ve yanıtı ağ yapınızın beklediği sonuçla karşılaştırın.
    .answer-no-answer = Yanıt yok, NXDOMAIN veya zaman aşımı; yanıtta privatelink adı da yok
    .answer-privatelink-nxdomain = Önce <ad>.privatelink.azurecr.io adına bir CNAME, sonra adres yok (NXDOMAIN)
    .answer-public-but-private-expected = Özel uç nokta kullanmama rağmen genel bir adres
    .answer-private-address = Özel bir adres (örneğin 10.x.x.x)
    .answer-public-address = Genel bir adres ve özel uç nokta kullanmıyorum

node-check-azure-dns = Doğrudan Azure DNS'e sorun
    .summary = DNS sunucunuzdaki bir sorunu yanlış kayıt defteri adından ayırmak için 168.63.129.16 adresini sorgulayın.
    .answer-resolves = Azure DNS adı çözümlüyor
    .answer-fails-too = Azure DNS de adı çözümleyemiyor

node-private-endpoint-dns = Özel uç nokta DNS'i uygulanmıyor
    .summary = Kayıt defteri veya veri uç noktaları özel uç nokta yerine genel adreslere çözümleniyor ya da hiç çözümlenmiyor.
    .answer-azure-dns = İstemciler Azure'un sağladığı DNS'i kullanıyor
    .answer-custom-dns = İstemciler kendi DNS sunucularımızı kullanıyor
    .answer-new-replica = Yakın zamanda bir çoğaltma bölgesi ekledik
    .answer-partner-registry = Çözümlenmeyen ad bizim değil, başka bir kuruluşun (bir tedarikçinin veya iş ortağının) kayıt defteri

node-fix-client-dns = İstemcinin ad çözümlemesini düzeltin
    .summary = İstemcinizin kullandığı DNS sunucusunun kayıt defterini Azure DNS ile aynı şekilde çözümlemesini sağlayın.
    .still-failing-still-different = Yanıtlar hâlâ farklı ve makine kendi DNS sunucularınızı kullanıyor
    .still-failing-resolves-connect-fails = Ad artık çözümleniyor, ama bağlantı kurulamıyor

node-fix-registry-name = Kayıt defteri adını veya bulutu düzeltin
    .summary = Azure DNS bile adı çözümleyemiyorsa kayıt defterinin yazımını, varlığını ve bulunduğu Azure bulutunu denetleyin.
    .still-failing-name-correct = Ad doğru ve kayıt defteri var, ama bu ağdan hâlâ çözümlenmiyor
    .still-failing-resolves-connect-fails = Ad artık çözümleniyor, ama bağlantı kurulamıyor

node-fix-private-dns-zone = Özel DNS bölgesini ve sanal ağ bağlantılarını düzeltin
    .summary = Oturum açma sunucusu ve veri uç noktası kayıtlarını privatelink.azurecr.io özel DNS bölgesine ekleyin ve bu DNS bölgesini her istemci sanal ağına bağlayın.
    .still-failing-custom-dns = Sanal ağ kendi DNS sunucularınızı kullanıyor ve bunlar hâlâ genel bir adres döndürüyor
    .still-failing-resolves-private-timeout = Ad artık özel adrese çözümleniyor, ama bağlantı zaman aşımına uğruyor

node-fix-dns-forwarder = Kendi DNS sunucularınızdan Azure DNS'e iletin
    .summary = İstemcilerin özel uç nokta adreslerini alması için kendi ve şirket içi DNS sunucularınızın azurecr.io sorgularını iletmesini sağlayın.
    .still-failing-resolves-private-timeout = Ad artık özel adrese çözümleniyor, ama bağlantı zaman aşımına uğruyor
    .still-failing-others-nxdomain = Kendi kayıt defteriniz çalışıyor, ama başka kuruluşların kayıt defterleri artık çözümlenmiyor

node-fix-replica-private-endpoint = Özel uç noktayı yeni çoğaltmaya genişletin
    .summary = Yeni eklenen çoğaltma bölgesine özel adresini, DNS kaydını ve güvenlik duvarı kuralını verin.
    .still-failing-resolves-public = Yeni Azure bölgesinin veri uç noktası hâlâ genel bir adrese çözümleniyor
    .still-failing-resolves-private-timeout = Özel adrese çözümleniyor, ama ona yapılan bağlantılar zaman aşımına uğruyor

node-fix-private-endpoint-routing = Özel uç noktaya giden yönlendirmeyi düzeltin
    .summary = Ad özel uç noktaya çözümleniyor ama bağlantılar zaman aşımına uğruyor: eşlemeyi, merkezdeki güvenlik duvarı kurallarını ve yolları düzeltin.
    .still-failing-dns-not-private = Oturum açma sunucusu veya bir veri uç noktası bu istemciden genel bir adrese çözümleniyor
    .still-failing-route-ok-still-timeout = Eşleme ve yollar doğru görünüyor, ama nc hâlâ zaman aşımına uğruyor

node-configure-vnet-access = VNet erişimini yapılandırın
    .summary = İstemciniz ile kayıt defteri arasında hangi sanal ağ mekanizmasının veya denetiminin bulunduğunu belirleyin.
    .answer-private-endpoint = Özel uç nokta kullanıyoruz
    .answer-peering = İstemci eşlenmiş bir sanal ağda veya uç (spoke) sanal ağda
    .answer-service-endpoint = Hizmet uç noktası kullanıyoruz
    .answer-azure-firewall = Giden trafik Azure Güvenlik Duvarı'ndan veya bir gereçten geçiyor
    .answer-nsg = Ağ güvenlik grupları giden trafiği filtreliyor

node-data-endpoints-and-replicas = Veri uç noktaları ve çoğaltma bölgeleri
    .summary = Oturum açma çalışıyor, ama görüntü katmanları her çoğaltma bölgesi için ayrı olan ve erişilebilir olması gereken başka ana bilgisayarlardan geliyor.
    .answer-layers-time-out = Bir veri uç noktasına ya da hatadaki depolama ana bilgisayarına nc zaman aşımına uğruyor veya sıfırlanıyor
    .answer-just-enabled = Sorun, biri ayrılmış veri uç noktalarını açtıktan ya da özel uç nokta ekledikten hemen sonra başladı
    .answer-resolves-public = Kayıt defterinin özel uç noktası var, ama bir veri uç noktası genel bir adrese çözümleniyor ya da hiç çözümlenmiyor
    .answer-new-replica = Yalnızca tek bir Azure bölgesi başarısız ve o bölgenin çoğaltması yakın zamanda eklendi

node-fix-dedicated-data-endpoints = Ayrılmış veri uç noktalarını güvenle etkinleştirin
    .summary = Önce güvenlik duvarı kurallarını ekleyip ardından katman indirmelerini kayıt defterinizin kendi veri uç noktası adlarına taşıyın.
    .still-failing-timeout = Bir veri uç noktasına nc hâlâ zaman aşımına uğruyor veya sıfırlanıyor
    .still-failing-resolves-public = Kayıt defterinin özel uç noktası var ve bir veri uç noktası genel bir adrese çözümleniyor

node-fix-private-zone-fallback = Özel DNS bölgenizin diğer kayıt defterleri için genel çözümlemeye geri dönmesini sağlayın
    .summary = Bağlı bir privatelink.azurecr.io bölgesi, kaydını tutmadığı her kayıt defteri için NXDOMAIN döndürür; sanal ağ bağlantısında internete geri dönüşü etkinleştirin.
    .still-failing-custom-dns = Kendi DNS sunucularınızı kullanan istemciler hâlâ NXDOMAIN alıyor
    .still-failing-own-registry-public = Kendi kayıt defteriniz artık sanal ağdan genel bir adrese çözümleniyor
