# İstemci ve çıkış güvenlik duvarları, proxy'ler, NSG'ler, MCR ve TLS sertifika hataları (Türkçe).

node-configure-client-firewall-access = İstemci güvenlik duvarı erişimini yapılandırın
    .summary = İstemciden oturum açma sunucusuna, azurecr.io adresine ve her çoğaltma bölgesinin veri uç noktasına, adrese göre değil ada göre HTTPS 443 erişimi verin.

node-configure-proxy = Docker daemon'ı için proxy'yi yapılandırın
    .summary = Docker daemon'ına kendi proxy ayarlarını verin, özel uç nokta adlarını proxy istisna listesine (NO_PROXY) ekleyin ve kümeler için AKS HTTP proxy yapılandırmasını kullanın.

node-configure-egress-firewall = Azure Güvenlik Duvarı'nda veya bir ağ gerecinde kayıt defterine izin verin
    .summary = Oturum açma sunucusu ve veri uç noktaları için bir uygulama kuralı ya da AzureContainerRegistry ve Storage hizmet etiketleriyle bir ağ kuralı ekleyin.

node-fix-nsg-rules = Giden NSG kurallarında kayıt defterine izin verin
    .summary = AzureContainerRegistry hizmet etiketine giden bir TCP 443 kuralı ekleyin; ayrılmış veri uç noktaları kapalıysa Storage etiketini de ekleyin.

node-fix-allow-mcr = Microsoft Container Registry'ye (MCR) izin verin
    .summary = Temel görüntülerin, AKS sistem görüntülerinin ve sistem durumu denetimindeki deneme görüntüsünün çekilebilmesi için mcr.microsoft.com adresine ve veri ana bilgisayarlarına izin verin.

node-tls-certificate-error = İstemci kayıt defterinin sertifikasına güvenmiyor
    .summary = TLS el sıkışması, bir proxy sertifikayı kendisininkiyle değiştirdiği ya da istemcinin erişmesi gereken azurecr.io gibi bir adres engellendiği için başarısız oluyor.
    .answer-intercepting-proxy = Sertifikayı şirketimiz veya bir proxy ürünü vermiş: trafik araya giren bir cihaz tarafından çözülüp inceleniyor
    .answer-certificate-host-blocked = Sertifikayı genel (public) bir sertifika yetkilisi vermiş ya da hiç sertifika gelmiyor: bir adres engellenmiş olabilir

node-fix-trust-proxy-ca = Kayıt defterini TLS incelemesinin dışında bırakın veya proxy'nin CA sertifikasına güvenin
    .summary = Proxy'nin kayıt defteri trafiğini şifresini çözmeden geçirmesini sağlayın ya da kök sertifikasını Docker daemon'ı, Azure CLI ve AKS düğümleri için ekleyin.
