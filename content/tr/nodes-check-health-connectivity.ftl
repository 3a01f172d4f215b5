# Az acr check-health bağlantı kodları ve LOGIN_SERVER_ERROR (Türkçe).

node-connectivity-dns-error = CONNECTIVITY_DNS_ERROR: oturum açma sunucusu adı çözümlenmiyor
    .summary = Sistem durumu denetimi, kayıt defterinin oturum açma sunucusu adını bu makineden bir adrese çözümleyemedi.
    .answer-next = Kayıt defteri adının neye çözümlendiğini denetleyin

node-connectivity-forbidden-error = CONNECTIVITY_FORBIDDEN_ERROR: kayıt defteri 403 döndürdü
    .summary = Oturum açma sunucusu, denetimin kimlik bilgisi içermeyen isteğini 403 ile reddetti; kayıt defterinin ağ kuralları bu istemciyi geri çeviriyor.
    .answer-next = Kayıt defterinin genel erişim ve ağ kurallarını denetleyin

node-connectivity-challenge-error = CONNECTIVITY_CHALLENGE_ERROR: kayıt defterinden kimlik doğrulama sınaması gelmedi
    .summary = Oturum açma sunucusunun /v2/ uç noktasına giden istek başarısız oldu veya sınama getirmedi; genellikle 443 numaralı bağlantı noktasındaki HTTPS trafiği geçmiyordur.
    .answer-next = Oturum açma sunucusuna HTTPS bağlantısını test edin

node-connectivity-ssl-error = CONNECTIVITY_SSL_ERROR: güvenli bağlantı kurulamıyor, çoğunlukla proxy kaynaklı
    .summary = Azure CLI ile oturum açma sunucusu arasındaki TLS el sıkışması başarısız oldu; en sık neden HTTPS trafiğini inceleyen bir proxy'dir.
    .answer-next = TLS bağlantısının neden kurulamadığını bulun

node-connectivity-aad-login-error = CONNECTIVITY_AAD_LOGIN_ERROR: Microsoft Entra ile oturum açma desteklenmiyor
    .summary = Oturum açma sunucusu bir sınama gönderdi, ancak bu sınama Azure CLI'ın Microsoft Entra ID oturumunuzu kayıt defteri belirteçlerine dönüştürmesine izin vermiyor.
    .answer-next = Kayıt defterinde oturum açma sorunlarını giderin

node-connectivity-www-authenticate-error = CONNECTIVITY_WWW_AUTHENTICATE_ERROR: kayıt defteri basic veya bearer kimlik doğrulaması istemedi
    .summary = Denetimin /v2/ isteğine gelen yanıt CLI'ın tanımadığı bir kimlik doğrulama yöntemi istedi; büyük olasılıkla yanıtı başka bir cihaz veriyor.
    .answer-next = 443 numaralı bağlantı noktasında neyin yanıt verdiğini test edin

node-connectivity-refresh-token-error = CONNECTIVITY_REFRESH_TOKEN_ERROR: yenileme belirteci alınamadı, erişim reddedildi
    .summary = Oturum açma sunucusuna giden yol çalışıyor, ancak belirteç hizmeti izinler, eskimiş oturum veya ağ kuralları nedeniyle yenileme belirtecini reddetti.
    .answer-next = Reddin ağ kurallarından mı izinlerden mi kaynaklandığını belirleyin

node-connectivity-access-token-error = CONNECTIVITY_ACCESS_TOKEN_ERROR: erişim belirteci alınamadı, erişim reddedildi
    .summary = Yenileme belirteci alındı ama erişim belirteci reddedildi; bu çoğunlukla ağ yolunu değil, izinleri işaret eder.
    .answer-next = Reddin ağ kurallarından mı izinlerden mi kaynaklandığını belirleyin

node-connectivity-toomanyrequests-error = CONNECTIVITY_TOOMANYREQUESTS_ERROR: çok fazla istek
    .summary = Kayıt defterinin kimlik doğrulama hizmeti çok fazla istek aldığı için belirteç isteğini kısıtladı; biraz bekleyip yeniden deneyin.
    .answer-next = İstek kısıtlaması ve yavaşlık sorunlarını giderin

node-login-server-error = LOGIN_SERVER_ERROR: oturum açma sunucusu bulunamadı
    .summary = Azure CLI kayıt defterini bulamadı ve oturum açma sunucusu adını da oluşturamadı; bu yüzden hiçbir bağlantı denenmedi.
    .answer-next = Kayıt defteri adını veya bulutu düzeltin
