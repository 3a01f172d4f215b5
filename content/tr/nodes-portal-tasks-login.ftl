# Portal, ağ ayarları, ACR Tasks, görüntü tarama, güvenilen hizmetler, oturum açma ve kısıtlama (Türkçe).

node-portal-cannot-manage = Portal veya CLI depoları ya da ayarları gösteremiyor
    .summary = Depo listeleri kayıt defterinden gelir ve ağ kurallarına tabidir; ayarlar ise Azure rolünüze bağlıdır.
    .answer-private-only = Genel erişim devre dışı ve kayıt defterinin bir özel uç noktası var
    .answer-selected-networks = Genel erişim seçili ağlarla sınırlı ve adresime izin verilmiyor
    .answer-permissions = Kayıt defterine ulaşılıyor, ancak kimliğimin rolü eksik

node-fix-portal-private-access = Özel bir kayıt defterine ağın içinden göz atın
    .summary = Yalnızca özel erişimli bir kayıt defterinin depolarını özel uç noktaya ulaşan bir istemciden listeleyin ya da dar bir IP kuralı açın.

node-network-settings-rejected = Kayıt defterinin ağ ayarları kaydedilemiyor
    .summary = "Failed to save firewall and virtual network settings" hatası (güvenlik duvarı ve sanal ağ ayarları kaydedilemedi) çoğunlukla Premium olmayan katmandan, kaydedilmemiş sağlayıcıdan veya karma kurulumdan kaynaklanır.
    .answer-sku = Kayıt defteri Temel veya Standart katmanda
    .answer-other-subscription = Sanal ağ başka bir abonelikte
    .answer-service-endpoint-mix = Hizmet uç noktası kuralları ile özel uç nokta birlikte kullanılmaya çalışılıyor

node-fix-premium-sku = Kayıt defterini Premium katmana yükseltin
    .summary = Ağ kuralları, özel uç noktalar ve ayrılmış veri uç noktaları Premium gerektirir; yükseltme tek komutla ve kesintisiz yapılır.

node-fix-register-provider = Kapsayıcı kayıt defteri kaynak sağlayıcısını sanal ağın aboneliğinde kaydedin
    .summary = Microsoft.ContainerRegistry sağlayıcısını sanal ağın bulunduğu abonelikte kaydedin, ardından ayarları yeniden kaydedin.

node-fix-service-endpoint = Hizmet uç noktası kurulumunu onarın ya da özel uç noktaya geçin
    .summary = Hizmet uç noktaları yalnızca AKS ve VM'ler için bir Premium önizleme özelliğidir; alt ağı ve sanal ağ kuralını düzeltin ya da tercihen özel uç noktaya geçin.

node-tasks-cannot-pull-push = ACR Tasks görüntü çekemiyor veya gönderemiyor
    .summary = Görevler genel adresli paylaşılan Azure işlem kaynaklarında çalışır; bu yüzden ağ erişimi kısıtlanmış kayıt defteri onları reddeder.
    .answer-trusted-services = Görev yönetilen kimlik kullanıyor ve kayıt defteri IP kurallarıyla veya özel uç noktayla kısıtlı
    .answer-public-access-disabled = Genel ağ erişimi devre dışı ya da görevin sanal ağımın içinde çalışması gerekiyor

node-fix-tasks-agent-pool = Görevleri sanal ağınızdaki ayrılmış bir aracı havuzunda çalıştırın
    .summary = Aracı havuzu görevleri alt ağınızda çalıştırır; görevler kayıt defterine özel uç nokta üzerinden ulaşır.

node-image-scanning-missing = Defender for Cloud kayıt defteri için tarama sonucu göstermiyor
    .summary = Ağ kısıtlamasından sonra kayıt defteri güvenilen Microsoft hizmetlerine izin vermiyorsa tarayıcı reddedilir.
    .answer-next = Defender for Cloud'un kayıt defterini taramasına izin verin

node-configure-image-scanning-solution = Kısıtlanmış bir kayıt defteri için görüntü taramasını yapılandırın
    .summary = Defender for Cloud 2021'den beri güvenilen bir hizmettir: üçüncü taraf tarayıcı almak yerine güvenlik duvarı özel durumunu açın.

node-allow-trusted-services = Güvenilen Azure hizmetlerine kayıt defteri güvenlik duvarından izin verin
    .summary = Container Instances, Defender for Cloud, Machine Learning ve görüntü içeri aktarma ağ kurallarını aşabilir; App Service aşamaz.

node-unauthorized = Kayıt defteri unauthorized yanıtı veriyor
    .summary = 401 yanıtı ağ yolunun çalıştığını, oturum açmanın veya izinlerin hatalı olduğunu gösterir.
    .answer-next = Oturum açmayı ve izinleri denetleyin

node-troubleshoot-login = Oturum açma ve izin sorunlarını giderin
    .summary = Küçük harfli oturum açma sunucusunu, kayıt defterinin izin moduna uygun rolleri ve belirteç ile rol zamanlamasını denetleyin.

node-too-many-requests = İstekler kısıtlanıyor
    .summary = 429 yanıtı kayıt defterinin katman sınırlarından, pull QPS exceeded ise kubelet'in kendi sınırından gelir.
    .answer-next = Kısıtlamayı azaltın

node-troubleshoot-performance = Kısıtlamayı, yavaş çekmeleri ve coğrafi çoğaltma hatalarını giderin
    .summary = 429 yanıtlarında bekleme süresini artırarak yeniden deneyin ve yükü dağıtın; DNS'in hangi çoğaltmayı seçtiğini denetleyin ve gönderimden sonra çoğaltma gecikmesini hesaba katın.

node-q-token-denied = Belirteç reddedildi: ağ kuralları mı, izinler mi?
    .summary = Belirteç hizmeti oturum açma sunucusunda çalışır; reddedilen belirteç ağ kurallarından veya eksik izinlerden kaynaklanabilir.
    .answer-network-rules = Adresim reddediliyor: kimlik bilgisi olmadan 403 ya da kısıtlayıcı ağ kuralları
    .answer-permissions = Adresim geçiyor: sınamayla birlikte 401 ya da tüm ağlara izin veriliyor
