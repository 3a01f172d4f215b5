# Portal, ağ ayarları, ACR Tasks, görüntü tarama, güvenilen hizmetler, oturum açma ve kısıtlama (Türkçe).

node-portal-cannot-manage = Portal veya CLI depoları ya da ayarları gösteremiyor
    .summary = Depo listeleri kayıt defterinden gelir ve ağ kurallarına tabidir; ayarlar ise Azure rolünüze bağlıdır.
    .answer-private-only = Genel erişim devre dışı ve kayıt defterinin bir özel uç noktası var
    .answer-selected-networks = Genel erişim seçili ağlarla sınırlı ve adresime izin verilmiyor
    .answer-permissions = Kayıt defterine ulaşılıyor, ancak kimliğimin rolü eksik

node-fix-portal-private-access = Özel bir kayıt defterine ağın içinden göz atın
    .summary = Yalnızca özel erişimli bir kayıt defterinin depolarını özel uç noktaya ulaşan bir istemciden listeleyin ya da dar bir IP kuralı açın.
    .still-failing-still-403 = Listeleme komutu adresinizden hâlâ 403 döndürüyor
    .still-failing-permissions = Komut ulaşıyor, ama eksik yetki bildiriyor

node-network-settings-rejected = Kayıt defterinin ağ ayarları kaydedilemiyor
    .summary = "Failed to save firewall and virtual network settings" hatası (güvenlik duvarı ve sanal ağ ayarları kaydedilemedi) çoğunlukla Premium olmayan katmandan, kaydedilmemiş sağlayıcıdan veya karma kurulumdan kaynaklanır.
    .answer-sku = Kayıt defteri Temel veya Standart katmanda
    .answer-other-subscription = Sanal ağ başka bir abonelikte
    .answer-service-endpoint-mix = Hizmet uç noktası kuralları ile özel uç nokta birlikte kullanılmaya çalışılıyor

node-fix-premium-sku = Kayıt defterini Premium katmana yükseltin
    .summary = Ağ kuralları, özel uç noktalar ve ayrılmış veri uç noktaları Premium gerektirir; yükseltme tek komutla ve kesintisiz yapılır.
    .still-failing-same-error = Kayıt defteri Premium, ama kaydetme hâlâ aynı hatayla başarısız oluyor

node-fix-register-provider = Kapsayıcı kayıt defteri kaynak sağlayıcısını sanal ağın aboneliğinde kaydedin
    .summary = Microsoft.ContainerRegistry sağlayıcısını sanal ağın bulunduğu abonelikte kaydedin, ardından ayarları yeniden kaydedin.
    .still-failing-same-error = Sağlayıcı Registered durumda, ama kaydetme hâlâ aynı hatayla başarısız oluyor

node-fix-service-endpoint = Hizmet uç noktası kurulumunu onarın ya da özel uç noktaya geçin
    .summary = Hizmet uç noktaları yalnızca AKS ve VM'ler için bir Premium önizleme özelliğidir; alt ağı ve sanal ağ kuralını düzeltin ya da tercihen özel uç noktaya geçin.
    .still-failing-still-403 = O alt ağdaki bir sanal makineden oturum açma hâlâ 403 döndürüyor
    .still-failing-other-subscription = Alt ağ kuralı eklenemiyor ve sanal ağ başka bir abonelikte

node-tasks-cannot-pull-push = ACR Tasks görüntü çekemiyor veya gönderemiyor
    .summary = Görevler genel adresli, paylaşılan Azure işlem kaynaklarında çalışır ve ACR Tasks güvenilen hizmetlerden biri değildir; bu yüzden ağ erişimi kısıtlı bir kayıt defteri onları reddeder.
    .answer-network-restricted = Kayıt defterinde genel ağ erişimi kapalı, özel uç nokta var ya da yalnızca seçili ağlara izin veriliyor
    .answer-import = Başarısız olan adım, ağ erişimi kısıtlı bir kayıt defterine az acr import
    .answer-unauthorized = Görev unauthorized ya da bir yönetilen kimlik hatasıyla başarısız oluyor

node-fix-tasks-agent-pool = Görevleri sanal ağınızdaki ayrılmış bir aracı havuzunda çalıştırın
    .summary = Aracı havuzu görevleri alt ağınızda çalıştırır; görevler kayıt defterine özel uç nokta üzerinden ulaşır.
    .still-failing-pool-blocked = Havuz var, ama çalıştırmalar başlamıyor veya görüntü gönderemiyor: alt ağı giden trafiği engelliyor
    .still-failing-unauthorized = Çalıştırma kayıt defterine ulaşıyor ve unauthorized hatasıyla başarısız oluyor

node-image-scanning-missing = Defender for Cloud kayıt defteri için tarama sonucu göstermiyor
    .summary = Ağ kısıtlamasından sonra kayıt defteri güvenilen Microsoft hizmetlerine izin vermiyorsa tarayıcı reddedilir.
    .answer-next = Defender for Cloud'un kayıt defterini taramasına izin verin

node-configure-image-scanning-solution = Kısıtlanmış bir kayıt defteri için görüntü taramasını yapılandırın
    .summary = Defender for Cloud 2021'den beri güvenilen bir hizmettir: üçüncü taraf tarayıcı almak yerine güvenlik duvarı özel durumunu açın.
    .still-failing-no-findings = Birkaç saat sonra da bulgu yok: kayıt defterinin ağ ayarlarını yeniden okuyun
    .still-failing-access-error = Defender for Cloud bir kimlik doğrulama veya yetki hatası bildiriyor

node-allow-trusted-services = Güvenilen Azure hizmetlerine kayıt defteri güvenlik duvarından izin verin
    .summary = Container Instances, Defender for Cloud, Machine Learning ve görüntü içeri aktarma ağ kurallarını aşabilir; App Service aşamaz.
    .still-failing-service-not-listed = Hizmet, güvenilen hizmetler listesinde yok (ör. App Service, Container Apps veya ACR Tasks)
    .still-failing-unauthorized = Çekme artık unauthorized hatası veriyor: kimliğin çekme rolü yok

node-unauthorized = Kayıt defteri unauthorized yanıtı veriyor
    .summary = 401 yanıtı ağ yolunun çalıştığını, oturum açmanın veya izinlerin hatalı olduğunu gösterir.
    .answer-next = Oturum açmayı ve izinleri denetleyin

node-troubleshoot-login = Oturum açma ve izin sorunlarını giderin
    .summary = Küçük harfli oturum açma sunucusunu, kayıt defterinin izin moduna uygun rolleri ve belirteç ile rol zamanlamasını denetleyin.
    .still-failing-network-403 = Oturum açma artık 403 veya client with IP … is not allowed access hatasıyla başarısız oluyor
    .still-failing-logins-fail = Oturum açma hâlâ başarısız ve kayıt defterinin ne kaydettiğini görmeniz gerekiyor

node-too-many-requests = İstekler kısıtlanıyor
    .summary = 429 yanıtı kayıt defterinin katman sınırlarından, pull QPS exceeded ise kubelet'in kendi sınırından gelir.
    .answer-next = Kısıtlamayı azaltın

node-troubleshoot-performance = Kısıtlamayı, yavaş çekmeleri ve coğrafi çoğaltma hatalarını giderin
    .summary = 429 yanıtlarında bekleme süresini artırarak yeniden deneyin ve yükü dağıtın; DNS'in hangi çoğaltmayı seçtiğini denetleyin ve gönderimden sonra çoğaltma gecikmesini hesaba katın.
    .still-failing-one-region = Bir çoğaltma online durumda değil ya da hatalar yalnızca tek bir Azure bölgesinden geliyor
    .still-failing-still-throttled = İstekler bu katmanda hâlâ kısıtlanıyor: destek isteği için ayrıntıları toplayın

node-q-token-denied = Belirteç reddedildi: ağ kuralları mı, izinler mi?
    .summary = Belirteç hizmeti oturum açma sunucusunda çalışır; reddedilen belirteç ağ kurallarından veya eksik izinlerden kaynaklanabilir.
    .answer-network-rules = Adresim reddediliyor: kimlik bilgisi olmadan 403 ya da kısıtlayıcı ağ kuralları
    .answer-permissions = Adresim geçiyor: sınamayla birlikte 401 ya da tüm ağlara izin veriliyor

node-resource-access-denied = Kayıt defteri denied: requested access to the resource is denied yanıtını veriyor
    .summary = Ağ çalışıyor ve oturum açılmış; kimliğin o depoya gönderme veya çekme izni yok ya da görüntü adı başka bir yeri gösteriyor.
    .answer-next = Oturum açmayı ve yetkileri denetleyin
