# `acr-net-guide link` ve `report`: istenen adımla ilgili sorunlar (Türkçe). Bu iletileri yalnızca komut satırı
# gösterir: yerel derlemeye girer, web derlemesinin dize dosyalarına hiç girmez.

cli-unknown-node = "{ $node }" diye bir adım yok (adımların listesi için: acr-net-guide nodes)
cli-unknown-node-close = "{ $node }" diye bir adım yok; şunlardan birini mi demek istediniz: { $close }?
cli-via-not-leading = --via: iz, "{ $node }" adımına götüren adım:yanıt çiftlerinden oluşmalı; "{ $step }" oraya götürmüyor
