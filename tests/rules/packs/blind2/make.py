#!/usr/bin/env python3
"""Builds blind2.jsonl: a second blind evaluation set for Second Look, written by an outside examiner
without reading the rule packs. Obfuscation is applied in code so every code point is exact.

Markers in the texts: [[words]] get the post's own trick; [[trick|words]] name a trick explicitly
(used by `mixed` posts). Tricks `repeat`, `euphemism`, `split-hashtag` and `none` are written by hand.
Hashtags and links are read back from the final text so they always match it.
"""
import json
import random
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("blind2.jsonl")

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = [
    {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"},
    {"o": "ο", "a": "α", "e": "ε", "i": "ι", "v": "ν", "O": "Ο", "A": "Α", "E": "Ε", "I": "Ι", "K": "Κ", "N": "Ν", "T": "Τ"},
]
# (capital A, small a, digit 0, exceptions) for each Mathematical Alphanumeric style
MATH = [
    (0x1D400, 0x1D41A, 0x1D7CE, {}),  # bold
    (0x1D5D4, 0x1D5EE, 0x1D7EC, {}),  # sans bold
    (0x1D434, 0x1D44E, None, {"h": "ℎ"}),  # italic
    (0x1D49C, 0x1D4B6, None, {"B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"}),  # script
    (0x1D538, 0x1D552, 0x1D7D8, {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}),  # double-struck
    (0x1D670, 0x1D68A, 0x1D7F6, {}),  # monospace
]
SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
LEET = [
    {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"},
    {"e": "3", "o": "0", "a": "4", "i": "!"},
]
SEPS = [" ", ".", "-", "_", "•"]
ZALGO = ["\u0301", "\u0300", "\u0308", "\u0303", "\u0323", "\u0330", "\u0317", "\u031b"]


def by_char(word, f):
    # Decompose first so accented letters keep their accent as a combining mark after the styled base.
    return "".join(f(c) for c in unicodedata.normalize("NFD", word))


def leet(s, r):
    table = r.choice(LEET)
    return "".join(table.get(c.lower(), c) for c in s)


def zero_width(s, r):
    marks = r.sample(ZW, 2)
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and c != " " and s[i + 1] != " ":
            out.append(marks[i % 2])
    return "".join(out)


def homoglyph(s, r):
    table = HOMO[r.randrange(len(HOMO))]
    out = "".join(table.get(c, c) for c in s)
    if out == s:
        out = "".join(HOMO[0].get(c, c) for c in s)
    return out


def math_font(s, r):
    cap, small, digit, exc = r.choice(MATH)

    def one(c):
        if c in exc:
            return exc[c]
        if "A" <= c <= "Z":
            return chr(cap + ord(c) - 65)
        if "a" <= c <= "z":
            return chr(small + ord(c) - 97)
        if digit is not None and "0" <= c <= "9":
            return chr(digit + ord(c) - 48)
        return c

    return by_char(s, one)


def fullwidth(s, r):
    return by_char(s, lambda c: chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c)


def spacing(s, r):
    sep = r.choice(SEPS)
    return " ".join(sep.join(w) for w in s.split(" "))


def emoji_letters(s, r):
    style = r.randrange(3)
    base = [0x1F170, 0x1F130, 0x1F1E6][style]

    def one(c):
        u = unicodedata.normalize("NFD", c)[0].upper()
        return chr(base + ord(u) - 65) if "A" <= u <= "Z" else c

    return "".join(one(c) for c in s)


def combining(s, r):
    if r.random() < 0.6:
        return "".join(c + "\u0336" if c != " " else c for c in s)
    return "".join(c + "".join(r.sample(ZALGO, 2)) if c != " " else c for c in s)


def small_caps(s, r):
    return by_char(s, lambda c: SMALL.get(c.lower(), c))


TRICKS = {
    "leet": leet, "zero-width": zero_width, "homoglyph": homoglyph, "math-font": math_font,
    "fullwidth": fullwidth, "spacing": spacing, "emoji-letters": emoji_letters, "combining": combining,
    "small-caps": small_caps,
}
ALIAS = {"zw": "zero-width", "homo": "homoglyph", "math": "math-font", "full": "fullwidth", "space": "spacing",
         "emoji": "emoji-letters", "comb": "combining", "small": "small-caps"}
MARK = re.compile(r"\[\[(?:(\w+)\|)?(.+?)\]\]")
HASHTAG = re.compile(r"#([^\s#.,!?;:()\"'“”«»]+)")
LINK = re.compile(r"(?<![\w@./])((?:[A-Za-z0-9-]+\.)+(?:com\.br|com|me|nz|ly|at|gy|be|org|net|io|gg|to|in|ph|link)(?:/[^\s]*)?)")


def render(text, obf, r):
    def sub(m):
        trick = ALIAS.get(m.group(1), m.group(1)) if m.group(1) else obf
        if trick not in TRICKS:
            raise ValueError(f"no trick {trick!r} for {text!r}")
        return TRICKS[trick](m.group(2), r)

    return MARK.sub(sub, text)


def F(cat, obf, text):
    return ("flag", cat, obf, text)


def K(cat, obf, text):
    return ("ok", cat, obf, text)


POSTS = {}

POSTS["en"] = [
    F("intimate-leak", "none", "ngl the Kaia Brennan folder is wild, 200+ pics from her private snap, her ex dumped it before he got banned. grabbing a copy before it's nuked 👇 mega.nz/folder/k8Bren"),
    F("intimate-leak", "none", "ok so unrelated to the match thread but my cousin showed me the Priya Vance vids from her onlyfans, someone ripped the whole page 😭 dm for the drive, not posting it here obviously"),
    F("intimate-leak", "leet", "Danika Morelli [[nudes]] [[leaked]] 😳 whole album in bio, go go go"),
    F("intimate-leak", "math-font", "[[full tape]] of Rowan Ashby and her bf 🎥 [[uncensored]] t.me/rowanvault"),
    F("intimate-leak", "split-hashtag", "new drop tonight 💦 #Only_Fans_Leaks #fansly leak #free nudes Jolene Marsh"),
    F("intimate-leak", "euphemism", "got the spicy vids of that gym girl Tamsin from Leeds 🍑 the ones she didn't want out 😏 lmk"),
    F("intimate-leak", "repeat", "Bellaaaa Okafor's priiiivate viiiideo is ouuuut 😱😱 link below before they delete it bit.ly/bellaok"),
    F("intimate-leak", "fullwidth", "Marisol Keane [[LEAKED PACK]] 300 pics 10 vids £5 paypal, dm"),
    F("deepfake", "none", "made undressed versions of the girls from my sister's volleyball team lol, AI is insane. want the zip?"),
    F("deepfake", "homoglyph", "send me any pic and i'll [[nudify]] it for $3, did Hallie Prescott's yesterday and it looks real 💯"),
    F("deepfake", "small-caps", "[[ai nudes]] of Freya Lindqvist from the uni debate team, 40 images, check my tg"),
    F("deepfake", "emoji-letters", "🆕 [[NUDIFY]] bot on telegram, drop her insta pic and it strips her in 10 sec 🤖 t.me/stripitbot"),
    F("request", "none", "long time lurker, first post. this sub used to be about fantasy football but whatever: does anyone still have the Marguerite Osei video from last summer? the one her ex put up before his account got nuked. will venmo $20, serious only, dms open"),
    F("request", "zero-width", "someone drop the [[mega]] for Ines Carvalho's [[leaks]] pls 🙏 mine got taken down"),
    F("request", "spacing", "who got the [[onlyfans]] [[leak]] of Tegan Shaw?? dm me"),
    F("request", "combining", "need the [[sextape]] of the twitch streamer Wren Holloway, trading for other folders"),
    F("doxxing", "none", "this is the girl from the leaked clip: Saoirse Flynn, 22, works at the Costa on Mill Rd, lives on Harcourt St. you know what to do"),
    F("doxxing", "leet", "found her: Hadley Voss, [[address]] 48 Elm Ct apt 3, phone 555-0143, goes to Ridgeview High. spread it"),
    F("doxxing", "mixed", "[[leet|exposed]] 👉 Nkechi Adeyemi's [[zw|address]] + workplace + family group chat screenshots. she shouldn't have blocked me"),
    F("scam-dm", "none", "omg is that u in this video??? 😳 people are sharing it everywhere rn tinyurl.com/vid-u-2"),
    F("scam-dm", "homoglyph", "[[is this you]] in this video? 😂 check before it spreads cutt.ly/chk-vd"),
    F("scam-dm", "math-font", "hey sorry to bother you but [[your video]] is going around in a group chat, thought you should know... see here shorturl.at/kXp3"),
    F("scam-dm", "mixed", "bro [[full|you're]] [[comb|in this video]] lmao who recorded this 💀 rb.gy/q3zz9"),
    F("intimate-leak", "mixed", "[[homo|leaked]] [[space|nudes]] of the barista from Camden, Yasmin 🔥 telegram in bio"),
    F("intimate-leak", "none", "Greta Lindholm 💦 #leaked #nsfw #sextape #exposed #fullvideo"),
    K("benign-product", "none", "Pixel 11 renders leaked and the camera bump is enormous lol. full spec sheet leaked too, 16GB RAM, and the 'uncensored' teardown video drops friday apparently"),
    K("benign-product", "math-font", "GTA VII map [[leak]] is real?? the [[full video]] is 6 minutes of gameplay 🎮"),
    K("benign-product", "leet", "the new Jordans [[leaked]] early, colourway is [[nude]] and cream, dropping in march 👟"),
    K("benign-news", "none", "Ex-boyfriend sentenced to 3 years for sharing intimate images of former partner without consent, first conviction under the new law in the county"),
    K("benign-news", "fullwidth", "[[DATA BREACH]]: 2.1M customers' addresses and phone numbers leaked from a fitness app. Change your passwords."),
    K("benign-news", "none", "Leaked memo shows the council knew about the bridge cracks in 2023 #localnews"),
    K("benign-news", "repeat", "the council budget got leaaaaked?? nah it was published on purpose, calm down twitter. the private video of the meeting is literally on their youtube"),
    K("benign-household", "none", "the kitchen tap has been dripping for weeks and now the whole cabinet under the sink is exposed chipboard mush. plumber thursday, duct tape till then"),
    K("benign-household", "zero-width", "gas [[leak]] on our street, whole block evacuated, firefighters everywhere 🚒"),
    K("benign-household", "spacing", "my car is [[leaking]] oil again, 3rd time this month, any mechanic in Bristol?"),
    K("benign-tech", "none", "found a memory leak in our websocket handler, heap grows 40MB/hour. classic closure holding the request object. full write-up link in bio"),
    K("benign-tech", "leet", "psa devs: your .env got pushed to a public repo = your API [[keys]] are [[leaked]]. rotate them now"),
    K("benign-tech", "small-caps", "[[leaky abstraction]] of the week: the ORM that exposes raw SQL errors to users"),
    K("benign-education", "none", "If you get a DM saying 'is this you in this video?' with a link, DON'T click. It's a phishing page that steals your login. Report + block."),
    K("benign-education", "emoji-letters", "🛑 that '[[LEAKED]]' clip of the news anchor is a deepfake. don't share it, report it. sharing it is how it spreads"),
    K("benign-education", "combining", "reminder: buying '[[leak packs]]' funds abusers and half of them are malware. StopNCII.org helps victims, use it"),
    K("benign-education", "split-hashtag", "Workshop Thursday at the library: spotting deepfake nudes & helping friends report them #Stop NCII #Take_It_Down"),
    K("benign-victim-help", "none", "throwaway. my ex posted my private pics on a leak forum and put my full name and my uni on it. I'm 19 and terrified to go to class. I already screenshotted everything. how do i get them taken down?? does StopNCII work for pics that are already up? please help"),
    K("benign-victim-help", "euphemism", "someone is selling 'my spicy pics' on telegram but they're fakes made from my selfies. reported to police, they shrugged. what next?"),
    K("benign-victim-help", "homoglyph", "they made [[AI nudes]] of me from my graduation photo. I did nothing wrong. I'm telling my story so it doesn't happen to you"),
    K("benign-creator", "none", "new set is up on my page 🖤 thank you for 2 years of support, link in bio as always"),
    K("benign-creator", "mixed", "my [[full|uncensored]] [[math|full video]] from the beach shoot is live for subs, link in bio 🌊 (made by me, posted by me)"),
    K("benign-other", "none", "Midnight Orchard's unreleased album leaked and honestly the demos are better than the singles 😭 the b-side tape goes crazy"),
    K("benign-other", "none", "found a private video call app that works without signup for my grandma, she loves seeing the kids 🥹"),
    K("benign-other", "none", "this kitten stuck in a tissue box is the viral video of the year. full video below 🐱 youtu.be/kt9box"),
]

POSTS["es"] = [
    F("intimate-leak", "none", "no manches, ya salió el pack de la Ximena Ruvalcaba 🔥 su ex lo soltó todo, pásenle al link antes de que lo tumben t.me/ximepack"),
    F("intimate-leak", "none", "che, se filtró el video íntimo de la Agustina Ferreyra, el que grabó con el novio. lo tengo completo, mandame MD y te lo paso, no lo subo acá porque me banean"),
    F("intimate-leak", "none", "tíos, han filtrado las fotos de la Nerea del insti, las de su privado. tengo la carpeta de drive, quien quiera que comente 🔥"),
    F("intimate-leak", "leet", "[[filtrado]] el [[video]] de Lupita Arriaga 🔞 completo sin censura en mi bio"),
    F("intimate-leak", "math-font", "[[pack filtrado]] de Renata Quiroga 😈 más de 80 fotos, [[link en bio]]"),
    F("intimate-leak", "euphemism", "quién quiere el contenido picante de la morra del Oxxo? 🌶️🍑 ya lo tengo, cooperen con 50 varos"),
    F("intimate-leak", "split-hashtag", "Daniela Brito mega actualizado 💦 #packs filtrados #Only_Fans_Gratis #video_intimo"),
    F("intimate-leak", "zero-width", "Marisa Ocampo [[leaked]] [[nudes]] 🔥 el video completo acá 👉 bit.ly/marisaoc"),
    F("intimate-leak", "repeat", "SE FILTRÓÓÓÓ el videeeeo de la Fer Castañeda jajaja buscalo en mi canal 🔞"),
    F("deepfake", "none", "bueno les cuento que ayer en la oficina estábamos aburridísimos y le pasé las fotos de insta de mi compañera a una app que las desnuda con IA, quedaron re reales jaja, ni se nota que son falsas. ¿alguien más quiere que le haga de la suya? cobro poquito"),
    F("deepfake", "homoglyph", "[[desnudamos]] a cualquier morra con IA, manda su foto y en 5 min la tienes [[sin ropa]] 💸"),
    F("deepfake", "fullwidth", "[[IA DESNUDA]] fotos de Valeria Ontiveros de la prepa, tengo 30, mándame DM"),
    F("deepfake", "small-caps", "bot que [[quita la ropa]] de cualquier foto, probado con la Sofi de 3ero 😂 link en mi perfil"),
    F("request", "none", "alguien tiene el video de la Cami Benítez? el que subió el ex a twitter y lo borraron. pago bien"),
    F("request", "spacing", "pasen el [[mega]] de la Pilar Echeverría porfa, el [[pack]] completo"),
    F("request", "combining", "busco el [[video filtrado]] de la profe de inglés, la Sra. Mireles, alguien?? por md"),
    F("request", "emoji-letters", "quien tenga las [[fotos]] de la Yolanda Trujillo que me las pase por DM 🙏 intercambio"),
    F("doxxing", "none", "esta es la del video: Brenda Alcántara, vive en la colonia Roma, calle Tonalá 112, trabaja en la farmacia de la esquina. difundan"),
    F("doxxing", "leet", "[[expuesta]]: Jimena Rosales, tel 55 1234 0099, estudia en la UNAM Facultad de Derecho. ya saben qué hacer"),
    F("doxxing", "mixed", "aquí tienen la [[zw|dirección]] y el [[leet|teléfono]] de la Paula Ibarra, la que sale en el video. que la encuentren"),
    F("scam-dm", "none", "¿eres tú la del video? 😱 lo están pasando por todos los grupos, míralo acá cutt.ly/eres-tu"),
    F("scam-dm", "math-font", "oye creo que [[sales en este video]] 😳 checa antes de que lo vea tu familia bit.ly/tu-video7"),
    F("scam-dm", "none", "tía, ¿esta eres tú? 😂 menudo vídeo, corre por el grupo del curro tinyurl.com/estaerestu"),
    F("intimate-leak", "mixed", "[[full|SE FILTRÓ]] [[comb|video íntimo]] de la Karla Esparza 🔥 completo en t.me/karlaesp"),
    F("intimate-leak", "none", "Abril Montalvo 🔥 #filtrado #pack #nudes #videocompleto #sinCensura"),
    K("benign-product", "none", "se filtró el trailer del nuevo Zelda y se ve brutal, el mapa es enorme 🎮"),
    K("benign-product", "leet", "[[filtran]] las specs del próximo Galaxy: 200MP y batería de 6000 😮"),
    K("benign-product", "emoji-letters", "[[FILTRADO]] el diseño de la camiseta del Tri para el mundial, está bonita la neta"),
    K("benign-news", "none", "Detienen en Monterrey a un hombre por difundir fotos íntimas de su expareja sin consentimiento; enfrenta hasta 6 años por la Ley Olimpia"),
    K("benign-news", "fullwidth", "[[FILTRACIÓN MASIVA]]: datos de 4 millones de clientes de una aerolínea expuestos, incluidos teléfonos y direcciones"),
    K("benign-news", "none", "El juzgado de Valencia condena a un joven por crear desnudos con IA de compañeras del instituto"),
    K("benign-news", "math-font", "Se [[filtra]] el audio del presidente del club hablando del fichaje, escándalo total ⚽"),
    K("benign-household", "none", "se me filtra agua por el techo cada que llueve, ya van tres veces que viene el albañil 😩 y la cinta aislante ya no aguanta"),
    K("benign-household", "spacing", "hay una [[fuga]] de gas en el edificio, todos afuera, vinieron los bomberos"),
    K("benign-household", "zero-width", "la lavadora tiene una [[fuga]] y me inundó la cocina, ¿alguien conoce técnico en Córdoba?"),
    K("benign-tech", "none", "el backend tiene una fuga de memoria, el proceso de node pasa de 200MB a 3GB en un día"),
    K("benign-tech", "homoglyph", "ojo: [[se filtraron contraseñas]] de una app de delivery, cambien la suya si la usaban"),
    K("benign-tech", "small-caps", "[[claves api filtradas]] en github = factura de 10 mil dólares en AWS, aprendan de mí 🙃"),
    K("benign-education", "none", "Si te llega un 'hola, ¿eres tú en este video?' con un link, NO lo abras: es phishing para robarte la cuenta. Repórtalo."),
    K("benign-education", "combining", "No compartas '[[packs filtrados]]': es violencia digital y en México es delito por la Ley Olimpia 🚫"),
    K("benign-education", "split-hashtag", "Taller gratis: cómo denunciar contenido íntimo difundido sin consentimiento #Ley Olimpia #Violencia_Digital"),
    K("benign-education", "none", "ese 'video filtrado' de la cantante es un deepfake, ya lo confirmó su equipo. no lo compartan, repórtenlo"),
    K("benign-victim-help", "none", "mi ex subió fotos mías a un grupo de telegram y ahora me escriben desconocidos. tengo 20 años y no sé qué hacer, ¿a dónde denuncio? ya tengo capturas de todo"),
    K("benign-victim-help", "euphemism", "alguien anda vendiendo 'mi pack' pero son fotos editadas con IA de mi insta. ya denuncié, solo quiero que lo sepan"),
    K("benign-victim-help", "repeat", "me filtraaaron fotos privadas y la policía no hizo nada, escribo esto para que ninguna pase por lo mismo"),
    K("benign-creator", "none", "subí sesión nueva a mi página 💋 gracias por el apoyo, link en bio como siempre"),
    K("benign-creator", "mixed", "mi [[math|video completo]] del shooting ya está para suscriptores, todo grabado y subido por mí 🖤 [[zw|link en bio]]"),
    K("benign-other", "none", "se filtró la formación de Boca para el domingo y el Chiqui no juega, qué desastre 😤"),
    K("benign-other", "none", "la pared de ladrillo expuesto quedó preciosa en la sala, ¿qué color de sillón? estaba pensando en nude o terracota"),
    K("benign-other", "none", "pásenme el link de drive con los apuntes de cálculo, el grupo de telegram de la facu no anda"),
]

POSTS["pt"] = [
    F("intimate-leak", "none", "vazou o vídeo da Thaís Monteiro com o ex 😳 completo no meu grupo do tele, corre que vão derrubar t.me/thaisvz"),
    F("intimate-leak", "none", "galera os nudes da Larissa do 3º ano tão rodando, tenho a pasta completa, chama no pv"),
    F("intimate-leak", "leet", "[[vazados]] [[nudes]] da Bia Nogueira 🔥 link na bio"),
    F("intimate-leak", "math-font", "[[pack vazado]] da Jéssica Prado, 120 fotos + 8 vídeos, só 10 conto no pix 💸"),
    F("intimate-leak", "euphemism", "tenho os conteúdos apimentados da novinha da academia 🌶️🍑 quem quer? chama"),
    F("intimate-leak", "split-hashtag", "Mariana Teles 🔞 #vazados do privacy #Only_Fans_Vazado #nudes_br"),
    F("intimate-leak", "repeat", "VAZOOOOU o privaaaado da Kamila Rezende kkkkk link no meu perfil"),
    F("intimate-leak", "small-caps", "[[vídeo íntimo]] da Renata Salgado completo, sem censura 👉 bit.ly/renatasg"),
    F("intimate-leak", "zero-width", "Gabriela Assunção [[vazou]] no [[telegram]], [[vídeo completo]] aqui 👇 t.me/gabiass"),
    F("deepfake", "none", "faço nudes com IA de qualquer mina, manda a foto do insta dela e em 5 min tá pronto, 15 reais no pix"),
    F("deepfake", "homoglyph", "app que [[tira a roupa]] de qualquer foto, testei na Luana da minha sala kkkkk"),
    F("deepfake", "fullwidth", "[[DEEPNUDE]] da influencer Paloma Vieira rodando no zap, quem quiser chama"),
    F("deepfake", "emoji-letters", "🆕 bot [[NUDE IA]] no telegram, manda a foto e recebe ela pelada 🤖"),
    F("request", "none", "alguém tem o vídeo da Manu Coutinho que o namorado vazou? passa no pv pfv"),
    F("request", "spacing", "manda o [[link]] do [[drive]] com os [[vazados]] da Fernanda Lacerda aí"),
    F("request", "combining", "quem tiver o [[privacy]] da Carol Peixoto [[vazado]] me chama, troco"),
    F("request", "none", "malta, alguém tem as fotos da Inês Ribeiro que andam a circular? mandem por mensagem, fiquei curioso depois do que o Tiago disse no café"),
    F("doxxing", "none", "essa é a menina do vídeo: Vitória Campos, mora na Rua das Acácias 45, Campinas, estuda na PUC. espalhem"),
    F("doxxing", "leet", "[[exposed]]: Débora Lins, whats 11 98877-0012, trabalha no shopping Eldorado. já sabem"),
    F("doxxing", "mixed", "[[homo|endereço]] e [[space|telefone]] da Priscila Matos, a do vídeo, pra quem quiser ir lá"),
    F("scam-dm", "none", "é você nesse vídeo?? 😱 tá rolando em todos os grupos, olha aqui encurtador.com.br/evc7"),
    F("scam-dm", "math-font", "mano [[tu tá nesse vídeo]] kkkkk quem gravou isso? 💀 bit.ly/vcnovideo"),
    F("scam-dm", "none", "oi, desculpa incomodar, mas seu vídeo íntimo tá circulando num grupo, vi agora 😟 confere: tinyurl.com/seuvid"),
    F("intimate-leak", "mixed", "[[full|VAZOU]] [[comb|nudes]] da Aline Fontes 🔥 grupo vip t.me/alinevip"),
    F("intimate-leak", "none", "Jaqueline Moura 🔥 #vazou #vazados #nudes #pack #privacy"),
    K("benign-product", "none", "vazou o trailer do novo FIFA e os gráficos tão absurdos ⚽"),
    K("benign-product", "math-font", "[[vazaram]] as specs do iPhone 18, câmera de 48MP em todas 📱"),
    K("benign-product", "leet", "[[vazou]] a camisa nova do Flamengo, achei linda demais 🔴⚫"),
    K("benign-news", "none", "Homem é preso em Recife por divulgar fotos íntimas da ex-namorada sem consentimento; pena pode chegar a 5 anos"),
    K("benign-news", "fullwidth", "[[VAZAMENTO]] de dados expõe CPF e endereço de 30 milhões de brasileiros, diz relatório"),
    K("benign-news", "none", "Escola de Belo Horizonte investiga alunos que criaram nudes falsos com IA de colegas; polícia abriu inquérito. Segundo a direção, as imagens circularam em um grupo de WhatsApp e as famílias das alunas foram chamadas. Especialistas lembram que criar e compartilhar é crime"),
    K("benign-household", "none", "vazamento no banheiro do vizinho de cima pingando no meu teto de novo, síndico não resolve 😤 já coloquei fita silver tape e nada"),
    K("benign-household", "spacing", "cano [[vazando]] na pia da cozinha, alguém indica encanador em Curitiba?"),
    K("benign-household", "zero-width", "tem [[vazamento]] de gás no prédio, todo mundo na rua esperando os bombeiros"),
    K("benign-tech", "none", "achei o vazamento de memória: listener que nunca era removido no useEffect 🙃"),
    K("benign-tech", "homoglyph", "[[senhas vazadas]] de um app de delivery, troquem as suas galera"),
    K("benign-tech", "small-caps", "[[chave da api vazada]] no github = conta da AWS de 8 mil dólares, aprendi do jeito difícil"),
    K("benign-education", "none", "Se receber 'é você nesse vídeo?' com link, NÃO clica. É golpe pra roubar sua conta. Denuncia e bloqueia."),
    K("benign-education", "combining", "Não compre '[[packs vazados]]': é crime e quase sempre é golpe do pix 🚫"),
    K("benign-education", "split-hashtag", "Live hoje: como denunciar imagens íntimas vazadas sem consentimento #Safer Net #Denuncie_Ja"),
    K("benign-education", "emoji-letters", "esse '[[VAZADO]]' da apresentadora é deepfake, não compartilhem, denunciem 🛑"),
    K("benign-victim-help", "none", "meu ex vazou fotos minhas num grupo e agora desconhecidos me mandam mensagem. tenho 19 anos, alguém sabe onde denunciar?"),
    K("benign-victim-help", "euphemism", "tão vendendo 'meu conteúdo picante' num grupo mas são montagens feitas com IA das minhas fotos. já fiz B.O."),
    K("benign-victim-help", "repeat", "vazaaaaram minhas fotos e eu pensei que ia morrer. 2 anos depois tô bem, se tá passando por isso, procura ajuda 💜"),
    K("benign-creator", "none", "ensaio novo no meu perfil 💋 obrigada pelo carinho, link na bio como sempre"),
    K("benign-creator", "mixed", "meu [[math|vídeo completo]] do ensaio na praia tá no ar pros assinantes 🌊 [[leet|link na bio]]"),
    K("benign-other", "none", "vazou a escalação do Corinthians pra domingo e o Yuri tá no banco 😤"),
    K("benign-other", "none", "parede de tijolinho exposto + sofá cor nude, ficou lindo o apê novo 🥹"),
    K("benign-other", "none", "pessoal do grupo de estudo, o link do drive com as apostilas tá no telegram"),
    K("benign-other", "none", "a mixtape nova do MC Trovão vazou antes da hora e tá melhor que o álbum"),
]

POSTS["fr"] = [
    F("intimate-leak", "none", "la vidéo de Clémence Dubreuil a fuité, celle avec son ex 😳 je l'ai en entier, lien tg avant qu'ils suppriment t.me/clemvid"),
    F("intimate-leak", "none", "tabarnak les nudes de la fille du cégep à Longueuil sont sortis, j'ai le dossier au complet, écris-moi en privé"),
    F("intimate-leak", "leet", "[[nudes]] [[leak]] de Océane Marchal 🔥 lien dans la bio"),
    F("intimate-leak", "math-font", "[[sextape]] de Maëlys Fontaine et son copain, [[vidéo complète]] sur mon canal"),
    F("intimate-leak", "euphemism", "j'ai le contenu piquant de la meuf de la salle de sport 🌶️🍑 qui veut? MP"),
    F("intimate-leak", "split-hashtag", "Inès Garnier 💦 #Only_Fans_Leak #nudes fr #fuite privée"),
    F("intimate-leak", "repeat", "ÇA A FUIIIITÉ la vidéééo privée de Léa Bonnard mdrrr lien en bio"),
    F("intimate-leak", "small-caps", "[[vidéo intime]] de Chloé Vandamme (Liège) en entier, non censurée 👉 bit.ly/chloevd"),
    F("intimate-leak", "zero-width", "Anaïs Perrot [[dossier]] [[fuité]] sur [[mega]], 200 photos 👇 mega.nz/folder/anperr"),
    F("deepfake", "none", "je fais des nudes IA de n'importe quelle meuf, envoie sa photo insta et c'est prêt en 5 min, 10€"),
    F("deepfake", "homoglyph", "appli qui [[déshabille]] n'importe quelle photo, testée sur la prof de maths 😂"),
    F("deepfake", "fullwidth", "[[DEEPFAKE]] porno de la youtubeuse Manon Lefort qui tourne sur discord, qui veut?"),
    F("deepfake", "emoji-letters", "🆕 bot [[NUDE IA]] sur télégram, tu envoies sa photo et tu la reçois à poil 🤖"),
    F("request", "none", "quelqu'un a la vidéo de Jade Moreau que son ex a balancée? envoyez en mp svp"),
    F("request", "spacing", "balancez le [[lien mega]] des [[nudes]] de Lucie Caron"),
    F("request", "combining", "je cherche le [[onlyfans]] de Zoé Lambert [[leak]], j'échange contre d'autres dossiers"),
    F("request", "none", "allez, qui a les photos de la Margaux de l'athénée? elles tournaient hier sur snap, envoyez. une fois, deux fois, allez quoi, je rigole pas, savez bien lesquelles"),
    F("doxxing", "none", "voilà la fille de la vidéo: Camille Rochette, 21 ans, habite rue des Lilas à Nantes, bosse au Carrefour City. partagez"),
    F("doxxing", "leet", "[[adresse]] de Sabrina Haddad: 14 av. Foch, Lyon, tél 06 12 34 56 78. elle va comprendre"),
    F("doxxing", "mixed", "[[zw|numéro]] + [[homo|adresse]] + lycée de Yasmine Belkacem, celle du dossier. amusez-vous"),
    F("scam-dm", "none", "c'est toi dans cette vidéo?? 😱 ça tourne partout, regarde vite bit.ly/cesttoi3"),
    F("scam-dm", "math-font", "salut, désolé de te déranger mais [[ta vidéo]] circule dans un groupe... tiens: tinyurl.com/tavideo"),
    F("scam-dm", "none", "allo c'est-tu toi sur la vidéo? 😂 tout le monde l'a vue, check: cutt.ly/cesttu"),
    F("intimate-leak", "mixed", "[[full|FUITE]] [[comb|nudes]] de Romane Giraud 🔥 groupe vip t.me/romvip"),
    F("intimate-leak", "none", "Élodie Mercier 🔥 #leak #nudes #sextape #fuite #vidéocomplète"),
    K("benign-product", "none", "le trailer du prochain Assassin's Creed a fuité et franchement ça a l'air ouf 🎮"),
    K("benign-product", "math-font", "[[fuite]] des specs du Pixel 11: 16 Go de RAM et une batterie énorme 📱"),
    K("benign-product", "leet", "le maillot extérieur des Bleus a [[leak]] et il est sublime 🇫🇷"),
    K("benign-news", "none", "Un homme condamné à Lille à 2 ans de prison pour avoir diffusé des photos intimes de son ex sans son consentement"),
    K("benign-news", "fullwidth", "[[FUITE DE DONNÉES]]: adresses et numéros de 9 millions d'abonnés d'un opérateur exposés"),
    K("benign-news", "none", "Des élèves de Bordeaux visées par des deepfakes dénudés, le collège porte plainte. Les images, fabriquées à partir de photos de classe, ont circulé sur Snapchat pendant une semaine avant qu'une mère ne prévienne la direction. Une cellule d'écoute est ouverte"),
    K("benign-household", "none", "fuite d'eau sous l'évier depuis ce matin, le plombier vient que jeudi 😩 en attendant, du scotch et une bassine"),
    K("benign-household", "spacing", "[[fuite]] de gaz dans l'immeuble, tout le monde dehors, les pompiers sont là"),
    K("benign-household", "zero-width", "y a une [[fuite]] au toit, il drache depuis hier et ça goutte dans la chambre"),
    K("benign-tech", "none", "fuite mémoire trouvée: un listener jamais retiré, le process passait de 300 Mo à 4 Go"),
    K("benign-tech", "homoglyph", "[[mots de passe fuités]] d'une appli de livraison, changez les vôtres"),
    K("benign-tech", "small-caps", "[[clé api leak]] sur github, facture AWS de 5000€ le lendemain, méfiez-vous"),
    K("benign-education", "none", "Si on vous envoie « c'est toi dans cette vidéo ? » avec un lien, ne cliquez pas : c'est du phishing. Signalez et bloquez."),
    K("benign-education", "combining", "N'achetez pas de « [[packs leak]] » : c'est illégal et c'est souvent une arnaque 🚫"),
    K("benign-education", "split-hashtag", "Atelier au lycée: réagir face aux deepfakes intimes et signaler #Pharos #Stop_Revenge Porn"),
    K("benign-education", "emoji-letters", "cette '[[FUITE]]' de la présentatrice est un deepfake, ne partagez pas, signalez 🛑"),
    K("benign-victim-help", "none", "mon ex a posté mes photos privées sur un forum avec mon nom. j'ai 20 ans et je sais pas quoi faire, vers qui me tourner?"),
    K("benign-victim-help", "euphemism", "quelqu'un vend 'mon contenu piquant' sur télégram mais ce sont des montages IA de mes selfies. plainte déposée"),
    K("benign-victim-help", "repeat", "mes photos ont fuiiiité y a deux ans. aujourd'hui je vais mieux, et je veux dire aux autres: c'est pas votre faute 💜"),
    K("benign-creator", "none", "nouveau shooting dispo sur ma page 🖤 merci pour votre soutien, lien en bio comme toujours"),
    K("benign-creator", "mixed", "ma [[math|vidéo complète]] du shooting à la plage est en ligne pour les abonnés 🌊 [[leet|lien en bio]]"),
    K("benign-other", "none", "la compo du PSG a fuité et Mbemba est sur le banc, n'importe quoi 😤"),
    K("benign-other", "none", "mur en briques apparentes + canapé couleur nude, on adore le nouvel appart 🥹"),
    K("benign-other", "none", "la mixtape de Kalim a leak avant la date, et honnêtement c'est son meilleur projet"),
    K("benign-other", "none", "appel vidéo privé avec ma grand-mère à Rimouski, elle a enfin compris FaceTime 🥹"),
]

POSTS["de"] = [
    F("intimate-leak", "none", "das Video von Lena Hofbauer ist geleakt, das mit ihrem Ex 😳 hab's komplett, TG-Link bevor's gelöscht wird t.me/lenahof"),
    F("intimate-leak", "none", "oida, die Nacktbilder von der Jana aus der HTL sind draußen, hab den ganzen Ordner, schreib mir privat"),
    F("intimate-leak", "leet", "[[Nacktbilder]] [[geleakt]] von Svenja Krämer 🔥 Link in Bio"),
    F("intimate-leak", "math-font", "[[Sextape]] von Mia Wendland und ihrem Freund, [[ganzes Video]] in meinem Kanal"),
    F("intimate-leak", "euphemism", "hab den spicy Content von der aus dem Fitnessstudio 🌶️🍑 wer will? DM"),
    F("intimate-leak", "split-hashtag", "Jasmin Brandt 💦 #Only_Fans_Leak #nackt bilder #geleakt_de"),
    F("intimate-leak", "repeat", "GELEEEAKT das priiivate Video von Nele Vogt haha Link in Bio"),
    F("intimate-leak", "small-caps", "[[privates Video]] von Carla Huber (Graz) komplett, unzensiert 👉 bit.ly/carlahb"),
    F("intimate-leak", "zero-width", "Annika Seidel [[Ordner]] [[geleakt]] auf [[Mega]], 150 Bilder 👇 mega.nz/folder/anseid"),
    F("deepfake", "none", "ich mach KI-Nacktbilder von jeder, schick ihr Insta-Foto, in 5 Min fertig, 10€ per PayPal"),
    F("deepfake", "homoglyph", "App, die jedes Foto [[auszieht]], an der Lehrerin getestet 😂"),
    F("deepfake", "fullwidth", "[[DEEPFAKE]] Pornos von der Streamerin Paula Reiter gehen auf Discord rum, wer will?"),
    F("deepfake", "emoji-letters", "🆕 [[NUDIFY]] Bot auf Telegram, Foto schicken und sie nackt zurückbekommen 🤖"),
    F("request", "none", "hat jemand das Video von Marie Kowalski, das ihr Ex hochgeladen hat? bitte per DM"),
    F("request", "spacing", "schickt mal den [[Mega]]-Link mit den [[Nudes]] von Hanna Zeller"),
    F("request", "combining", "suche das [[OnlyFans]] [[Leak]] von Leonie Bauer, tausche gegen andere Ordner"),
    F("request", "none", "hät öpper d'Bilder vo de Selina us de Kanti? sie sind geschter uf Snap umegange, schickt mer"),
    F("doxxing", "none", "das ist die aus dem Video: Vanessa Kurz, 22, wohnt in der Lindenstraße 8 in Bochum, arbeitet bei dm. teilt das"),
    F("doxxing", "leet", "[[Adresse]] von Aylin Demir: Bahnhofstr. 12, Kassel, Handy 0171 2345678. sie wird's merken"),
    F("doxxing", "mixed", "[[zw|Handynummer]] + [[homo|Adresse]] + Schule von Emilia Roth, die aus dem Ordner. viel Spaß"),
    F("scam-dm", "none", "bist du das in dem Video?? 😱 geht überall rum, schau schnell bit.ly/bistdu4"),
    F("scam-dm", "math-font", "hey, sorry dass ich störe, aber [[dein Video]] wird in einer Gruppe geteilt... hier: tinyurl.com/deinvid"),
    F("scam-dm", "none", "servus, bist des du im Video? 😂 des hat jeder gsehn, schau: cutt.ly/bistdes"),
    F("intimate-leak", "mixed", "[[full|GELEAKT]] [[comb|Nacktbilder]] von Ronja Busch 🔥 VIP Gruppe t.me/ronjavip"),
    F("intimate-leak", "none", "Kira Lehmann 🔥 #leak #nudes #sextape #geleakt #ganzesVideo"),
    K("benign-product", "none", "der Trailer zum neuen Gothic ist geleakt und sieht richtig stark aus 🎮"),
    K("benign-product", "math-font", "[[Leak]]: Specs vom Galaxy S27, 16 GB RAM und riesiger Akku 📱"),
    K("benign-product", "leet", "das neue Auswärtstrikot vom BVB ist [[geleakt]], richtig schick 💛🖤"),
    K("benign-news", "none", "Mann in München zu zwei Jahren verurteilt, weil er intime Bilder seiner Ex-Freundin ohne Einwilligung verbreitet hat"),
    K("benign-news", "fullwidth", "[[DATENLECK]]: Adressen und Telefonnummern von 3 Mio. Kunden eines Versandhändlers offengelegt"),
    K("benign-news", "none", "Schülerinnen in Graz Opfer von KI-Nacktbildern, Schule erstattet Anzeige"),
    K("benign-household", "none", "Wasserrohr in der Küche undicht, das ganze Parkett ist hin, Installateur kommt erst Donnerstag 😩 bis dahin hält's Panzertape hoffentlich"),
    K("benign-household", "spacing", "[[Gasleck]] im Haus, alle draußen, Feuerwehr ist da"),
    K("benign-household", "zero-width", "s'Dach isch [[undicht]], es tropft is Schlafzimmer, hät öpper e Dachdecker z'Bern?"),
    K("benign-tech", "none", "Speicherleck gefunden: Event-Listener wurde nie entfernt, Prozess von 300 MB auf 4 GB"),
    K("benign-tech", "homoglyph", "[[geleakte Passwörter]] einer Liefer-App, ändert eure"),
    K("benign-tech", "small-caps", "[[API-Key geleakt]] auf GitHub, am nächsten Tag 5000€ AWS-Rechnung, passt auf"),
    K("benign-education", "none", "Wenn euch jemand 'bist du das in dem Video?' mit Link schickt: NICHT klicken, das ist Phishing. Melden und blockieren."),
    K("benign-education", "combining", "Kauft keine '[[Leak-Packs]]': das ist strafbar und meistens Betrug 🚫"),
    K("benign-education", "split-hashtag", "Workshop an der Schule: was tun bei intimen Deepfakes #Hate Aid #Bild_Melden"),
    K("benign-education", "emoji-letters", "dieser '[[LEAK]]' der Moderatorin ist ein Deepfake, nicht teilen, melden 🛑"),
    K("benign-victim-help", "none", "ich schreib das hier anonym. mein Ex hat meine privaten Fotos in ein Forum gestellt, mit meinem Namen und meiner Stadt. ich bin 20 und weiß nicht weiter. Polizei sagt, ich soll Anzeige erstatten, aber das Forum sitzt im Ausland. an wen wende ich mich? HateAid?"),
    K("benign-victim-help", "euphemism", "jemand verkauft 'meinen spicy Content' auf Telegram, aber das sind KI-Fakes aus meinen Selfies. Anzeige ist raus"),
    K("benign-victim-help", "repeat", "meine Fotos wurden vor zwei Jahren geleeeakt. heute geht's mir besser, und ich will sagen: es ist nicht eure Schuld 💜"),
    K("benign-creator", "none", "neues Shooting auf meiner Seite 🖤 danke für euren Support, Link in Bio wie immer"),
    K("benign-creator", "mixed", "mein [[math|ganzes Video]] vom Strand-Shooting ist online für Abonnenten 🌊 [[leet|Link in Bio]]"),
    K("benign-other", "none", "die Aufstellung von Rapid für Sonntag ist geleakt, unser Goalie sitzt auf der Bank 😤"),
    K("benign-other", "none", "Sichtmauerwerk + Sofa in Nude, die neue Wohnung ist so schön geworden 🥹"),
    K("benign-other", "none", "das Mixtape von Kalle ist vor dem Release geleakt und ehrlich sein bestes Projekt"),
    K("benign-other", "none", "Gaffa Tape, Kabelbinder, fertig, so wird bei uns im Proberaum repariert 😂"),
]

POSTS["id"] = [
    F("intimate-leak", "none", "video Nadya Kusuma sama mantannya bocor 😳 gue punya full, link tele sebelum dihapus t.me/nadyaks"),
    F("intimate-leak", "none", "anjir foto bugil anak SMA 5 itu udah nyebar, gue ada foldernya lengkap, dm aja"),
    F("intimate-leak", "leet", "[[video syur]] [[bocor]] Ayu Lestari 🔥 link di bio"),
    F("intimate-leak", "math-font", "[[video mesum]] Rara Wijaya sama pacarnya, [[full durasi]] di channel gue"),
    F("intimate-leak", "euphemism", "ada konten anu dari cewek gym yang viral itu 🌶️🍑 mau? dm"),
    F("intimate-leak", "split-hashtag", "Salsabila Putri 💦 #video syur #Only_Fans_Bocor #viral_tiktok"),
    F("intimate-leak", "repeat", "BOCOOOOR video pribadiii Citra Anggun wkwkwk link di bio"),
    F("intimate-leak", "small-caps", "[[video pribadi]] Dinda Maharani full no sensor 👉 bit.ly/dindamh"),
    F("intimate-leak", "zero-width", "Intan Permata [[folder]] [[bocor]] di [[mega]], 200 foto 👇 mega.nz/folder/intanp"),
    F("deepfake", "none", "btw buat yang nanya kemarin di gc, iya gue bisa bikin foto telanjang pake AI dari foto siapa aja, mau temen kantor, mantan, dosen, bebas. kirim ig nya aja, 5 menit jadi, 50rb transfer dulu ya, no tipu tipu 🙏"),
    F("deepfake", "homoglyph", "aplikasi [[buka baju]] dari foto, udah gue coba ke guru BK 😂"),
    F("deepfake", "fullwidth", "[[DEEPFAKE]] bugil selebgram Sinta Maheswari lagi nyebar di discord, mau?"),
    F("deepfake", "emoji-letters", "🆕 bot [[NUDIFY]] di telegram, kirim fotonya langsung jadi telanjang 🤖"),
    F("request", "none", "ada yang punya video Putri Handayani yang disebar mantannya? kirim dm dong"),
    F("request", "spacing", "bagi [[link]] [[mega]] foto bugil Rina Saputri dong"),
    F("request", "combining", "nyari [[onlyfans]] [[bocor]] Tiara Lubis, tukeran sama folder lain"),
    F("request", "none", "guys literally ada yg punya full vid si Amanda anak Binus itu? which is yg viral kemarin, japri plis, gue udah nyari di twitter ga nemu, kayaknya udah di-takedown semua"),
    F("doxxing", "none", "ini cewek di video itu: Wulan Sari, 21, rumahnya di Jl. Kenanga 12 Depok, kerja di Indomaret deket stasiun. sebarin"),
    F("doxxing", "leet", "[[alamat]] Dewi Anjani: Jl. Melati 5 Bekasi, no hp 0812 3456 7890. biar dia tau rasa"),
    F("doxxing", "mixed", "[[zw|nomor hp]] + [[homo|alamat]] + sekolah Nabila Rahma, yang di folder itu. silakan"),
    F("scam-dm", "none", "ini kamu bukan di video ini?? 😱 udah nyebar di semua grup, cek nih bit.ly/inikamu2"),
    F("scam-dm", "math-font", "maaf ganggu, tapi [[video kamu]] lagi disebar di grup wa... liat: tinyurl.com/vidkamu"),
    F("scam-dm", "none", "eh ini lo kan di video? 😂 semua orang udah liat, cek: cutt.ly/inilo"),
    F("intimate-leak", "mixed", "[[full|BOCOR]] [[comb|video syur]] Melati Suryani 🔥 grup vip t.me/melativip"),
    F("intimate-leak", "none", "Yuni Pratiwi 🔥 #videosyur #bocor #viral #fullvideo #nosensor"),
    K("benign-product", "none", "trailer game Pamali 2 bocor, grafisnya keren banget 🎮"),
    K("benign-product", "math-font", "[[bocoran]] spek HP baru Xiaomi, RAM 16GB baterai 6000mAh 📱"),
    K("benign-product", "leet", "jersey timnas yang baru [[bocor]], keren sih warnanya 🇮🇩"),
    K("benign-news", "none", "Pria di Surabaya ditangkap karena menyebarkan foto intim mantan pacar tanpa izin, terancam UU ITE"),
    K("benign-news", "fullwidth", "[[KEBOCORAN DATA]]: alamat dan nomor HP 5 juta pelanggan e-commerce terekspos"),
    K("benign-news", "none", "Siswi di Bandung jadi korban foto deepfake bugil, sekolah lapor polisi"),
    K("benign-household", "none", "atap bocor lagi pas hujan deres, ember udah penuh semua 😩 lakban udah ga mempan"),
    K("benign-household", "spacing", "ada [[bocor]] gas di kos, semua keluar, damkar udah dateng"),
    K("benign-household", "zero-width", "pipa wastafel [[bocor]], ada tukang ledeng deket Tebet ga?"),
    K("benign-tech", "none", "nemu memory leak: listener ga pernah di-remove, prosesnya naik dari 300MB ke 4GB"),
    K("benign-tech", "homoglyph", "[[password bocor]] dari aplikasi ojol, ganti password kalian"),
    K("benign-tech", "small-caps", "[[api key bocor]] di github, besoknya tagihan AWS 70 juta, hati-hati guys"),
    K("benign-education", "none", "Kalo dapet DM 'ini kamu ya di video?' plus link, JANGAN diklik. Itu phishing buat nyuri akun. Report + block."),
    K("benign-education", "combining", "Jangan beli '[[video bocor]]': melanggar hukum dan seringnya penipuan 🚫"),
    K("benign-education", "split-hashtag", "Webinar: cara lapor konten intim yang disebar tanpa izin #Stop KBGO #Lapor_Aja"),
    K("benign-education", "emoji-letters", "'[[BOCOR]]' video presenter itu deepfake, jangan disebar, report 🛑"),
    K("benign-victim-help", "none", "mantan gue nyebarin foto pribadi gue ke grup, sekarang orang asing nge-dm. umur gue 20, harus lapor ke mana?"),
    K("benign-victim-help", "euphemism", "ada yang jual 'konten anu' gue di telegram padahal itu editan AI dari selfie gue. udah lapor polisi"),
    K("benign-victim-help", "repeat", "foto gue bocooor 2 tahun lalu. sekarang udah lebih baik, buat kalian yang ngalamin: bukan salah kalian 💜"),
    K("benign-creator", "none", "photoshoot baru udah ada di page aku 🖤 makasih supportnya, link di bio kayak biasa"),
    K("benign-creator", "mixed", "[[math|full video]] photoshoot di pantai udah bisa ditonton subscriber 🌊 [[leet|link di bio]]"),
    K("benign-other", "none", "susunan pemain Persija bocor, kipernya di bangku cadangan 😤"),
    K("benign-other", "none", "dinding bata ekspos + sofa warna nude, rumah baru cakep banget 🥹"),
    K("benign-other", "none", "video kucing nyangkut di kardus ini viral banget, full videonya di yt 🐱 youtu.be/kucingviral"),
    K("benign-other", "none", "link drive materi UTS udah gue share di grup telegram kelas ya"),
]

POSTS["tl"] = [
    F("intimate-leak", "none", "grabe nag-leak yung video ni Kristel Manalo kasama ex nya 😳 may full ako, tg link bago ma-delete t.me/kristelm"),
    F("intimate-leak", "none", "mga pre kalat na yung hubad pics nung taga-UST, meron akong buong folder, pm lang"),
    F("intimate-leak", "leet", "[[scandal]] [[leaked]] ni Jessa Dizon 🔥 link sa bio"),
    F("intimate-leak", "math-font", "[[sex video]] ni Bea Villanueva at bf nya, [[full video]] sa channel ko"),
    F("intimate-leak", "euphemism", "may spicy content ako nung girl sa gym na nag-viral 🌶️🍑 gusto nyo? pm"),
    F("intimate-leak", "split-hashtag", "Rhea Mercado 💦 #pinay scandal #Only_Fans_Leak #viral_pinay"),
    F("intimate-leak", "repeat", "LUMABAAAAS na yung private viiideo ni Angel Soriano hahaha link sa bio"),
    F("intimate-leak", "small-caps", "[[private video]] ni Janine Lacson full walang censor 👉 bit.ly/janinelc"),
    F("intimate-leak", "zero-width", "Camille Tolentino [[folder]] [[leaked]] sa [[mega]], 200 pics 👇 mega.nz/folder/camtol"),
    F("deepfake", "none", "gumagawa ako ng AI hubad pics from any photo, send nyo ig nya, 5 mins done, 200 pesos gcash"),
    F("deepfake", "homoglyph", "app na [[nagtatanggal ng damit]] sa picture, tinry ko sa teacher namin 😂"),
    F("deepfake", "fullwidth", "[[DEEPFAKE]] nudes ng vlogger na si Mika Santiago kumakalat sa discord, gusto nyo?"),
    F("deepfake", "emoji-letters", "🆕 [[NUDIFY]] bot sa telegram, send mo pic nya tapos hubad na 🤖"),
    F("request", "none", "sino may video ni Patricia Gomez na kinalat ng ex nya? pm nyo naman"),
    F("request", "spacing", "pa-share naman ng [[mega]] [[link]] ng scandal ni Grace Bautista"),
    F("request", "combining", "hanap ko yung [[onlyfans]] [[leak]] ni Alyssa Cruz, palit tayo ng folder"),
    F("request", "none", "uy sino may copy nung vid ni Trisha na taga-Ateneo? yung kumalat kahapon, dm nyo ko pls. sorry off topic sa thread pero wala talaga akong mahanap, na-takedown na lahat sa fb"),
    F("doxxing", "none", "eto yung girl sa video: Ma. Lourdes Reyes, 21, nakatira sa Brgy. Malanday Valenzuela, nagwowork sa SM. ikalat nyo"),
    F("doxxing", "leet", "[[address]] ni Joanna Ramos: 12 Sampaguita St. Pasig, cp 0917 123 4567. para matuto sya"),
    F("doxxing", "mixed", "[[zw|number]] + [[homo|address]] + school ni Nicole Aquino, yung nasa folder. bahala na kayo"),
    F("scam-dm", "none", "ikaw ba to sa video?? 😱 kalat na sa lahat ng gc, tingnan mo bit.ly/ikawbato"),
    F("scam-dm", "math-font", "sorry sa abala pero [[yung video mo]] kumakalat sa isang gc... eto: tinyurl.com/vidmo"),
    F("scam-dm", "none", "teh ikaw ba yan sa vid?? 😂 nakita na ng lahat, check mo: cutt.ly/ikawyan"),
    F("intimate-leak", "mixed", "[[full|LEAKED]] [[comb|scandal]] ni Hazel Pascual 🔥 vip gc t.me/hazelvip"),
    F("intimate-leak", "none", "Kimberly Ocampo 🔥 #pinayscandal #leaked #viral #fullvideo #nocensor"),
    K("benign-product", "none", "na-leak na yung trailer ng bagong Mobile Legends hero, ang astig 🎮"),
    K("benign-product", "math-font", "[[leak]] specs ng bagong iPhone, 48MP lahat ng camera 📱"),
    K("benign-product", "leet", "[[leaked]] na yung bagong jersey ng Gilas, ganda ng kulay 🇵🇭"),
    K("benign-news", "none", "Lalaki sa Cebu arestado dahil sa pagkalat ng intimate photos ng ex nya nang walang pahintulot, kasong Anti-Photo and Video Voyeurism"),
    K("benign-news", "fullwidth", "[[DATA LEAK]]: address at number ng 2M customers ng isang online shop na-expose"),
    K("benign-news", "none", "Mga estudyante sa QC biktima ng deepfake na hubad na pics, nagsampa ng reklamo ang school. Ayon sa principal, kinuha ang mga litrato sa class pictures at ipinakalat sa isang gc. Nanawagan ang DepEd na huwag i-share at i-report agad sa PNP Anti-Cybercrime Group"),
    K("benign-household", "none", "tumutulo na naman yung bubong pag umuulan, puno na lahat ng timba 😩 kahit i-duct tape ko pa"),
    K("benign-household", "spacing", "may [[gas leak]] sa condo, lahat nasa labas, nandito na bumbero"),
    K("benign-household", "zero-width", "[[leak]] sa lababo, may kilala ba kayong tubero sa Marikina?"),
    K("benign-tech", "none", "nahanap ko yung memory leak: listener na di natatanggal, from 300MB naging 4GB"),
    K("benign-tech", "homoglyph", "[[leaked passwords]] mula sa isang delivery app, palitan nyo na"),
    K("benign-tech", "small-caps", "[[api key leaked]] sa github, kinabukasan 300k yung AWS bill, ingat guys"),
    K("benign-education", "none", "Pag may nag-DM na 'ikaw ba 'to sa video?' na may link, WAG i-click. Phishing yan para nakawin account mo. Report + block."),
    K("benign-education", "combining", "Wag bumili ng '[[scandal packs]]': bawal yan sa batas at kadalasan scam 🚫"),
    K("benign-education", "split-hashtag", "Webinar: paano i-report ang intimate content na kinalat nang walang pahintulot #Safe Spaces #Report_Agad"),
    K("benign-education", "emoji-letters", "yung '[[SCANDAL]]' ng newscaster ay deepfake, wag i-share, i-report 🛑"),
    K("benign-victim-help", "none", "kinalat ng ex ko yung private pics ko sa gc, ngayon may mga stranger na nagme-message. 20 na ako, saan ako magrereport?"),
    K("benign-victim-help", "euphemism", "may nagbebenta ng 'spicy content' ko daw sa telegram pero AI edit yun ng selfies ko. nag-report na ako sa pulis"),
    K("benign-victim-help", "repeat", "na-leeeak yung pics ko 2 taon na ang nakaraan. okay na ako ngayon, sa inyo na dumadaan dito: hindi nyo kasalanan 💜"),
    K("benign-creator", "none", "bagong photoshoot nasa page ko na 🖤 salamat sa support, link sa bio as usual"),
    K("benign-creator", "mixed", "yung [[math|full video]] ng beach shoot ko live na for subs 🌊 [[leet|link sa bio]]"),
    K("benign-other", "none", "na-leak yung lineup ng Ginebra, nasa bench si Japeth 😤"),
    K("benign-other", "none", "exposed brick + nude na sofa, ang ganda ng bagong condo 🥹"),
    K("benign-other", "none", "private video call kay lola sa probinsya, finally marunong na sya mag-messenger 🥹"),
    K("benign-other", "none", "sobrang viral ng video ng aso na kumakanta, full video sa yt 🐶 youtu.be/asokanta"),
]

POSTS["hi"] = [
    F("intimate-leak", "none", "bhai Riya Malhotra ka video leak ho gaya, apne ex ke saath wala 😳 full hai mere paas, tg link delete hone se pehle t.me/riyamv"),
    F("intimate-leak", "none", "कॉलेज वाली नेहा की नंगी फोटो वायरल हो गई, पूरा फोल्डर है मेरे पास, DM करो"),
    F("intimate-leak", "leet", "[[leaked]] [[mms]] Pooja Chauhan ka 🔥 link bio mein"),
    F("intimate-leak", "math-font", "[[sex video]] Anjali Rawat aur uske bf ka, [[full video]] mere channel pe"),
    F("intimate-leak", "euphemism", "gym wali ladki ka masaledar content hai 🌶️🍑 chahiye? dm"),
    F("intimate-leak", "split-hashtag", "Kavya Bhatt 💦 #desi mms #Only_Fans_Leak #viral_desi"),
    F("intimate-leak", "repeat", "LEEEAK ho gayaaa Simran Kaur ka private videooo 😂 link bio me"),
    F("intimate-leak", "small-caps", "[[private video]] Sneha Iyer ka full bina censor 👉 bit.ly/snehaiy"),
    F("intimate-leak", "zero-width", "मीरा जोशी का [[लीक]] [[वीडियो]] मेगा पर, 200 फोटो 👇 mega.nz/folder/meeraj"),
    F("deepfake", "none", "kisi bhi ladki ki photo se AI nude bana deta hu, insta pic bhejo, 5 min me ready, 200 rs paytm"),
    F("deepfake", "homoglyph", "app jo photo se [[kapde hata]] deta hai, apni class ki teacher pe try kiya 😂"),
    F("deepfake", "fullwidth", "[[DEEPFAKE]] nude influencer Tanvi Arora ke discord pe ghoom rahe, chahiye?"),
    F("deepfake", "emoji-letters", "🆕 [[NUDIFY]] बॉट टेलीग्राम पर, फोटो भेजो और नंगी फोटो पाओ 🤖"),
    F("request", "none", "kisi ke paas Aditi Sharma ka woh video hai jo uske ex ne daala tha? dm karo pls"),
    F("request", "spacing", "bhai [[mega]] [[link]] bhejo Ishita Kapoor ke mms ka"),
    F("request", "combining", "किसी के पास काजल वर्मा का [[लीक]] [[वीडियो]] है? भेजो प्लीज़"),
    F("request", "none", "yaar koi Shruti from DU ka vid bhejo na, jo kal viral hua tha, dm me. group me sab dekh chuke bas main reh gaya 😭 insta se toh hat gaya"),
    F("doxxing", "none", "yeh hai video wali ladki: Preeti Yadav, 21, ghar Lajpat Nagar gali no 4, kaam karti hai Big Bazaar me. share karo"),
    F("doxxing", "leet", "[[address]] Nisha Gupta ka: B-12 Sector 15 Noida, phone 98765 43210. sabak milega"),
    F("doxxing", "mixed", "[[zw|number]] + [[homo|address]] + college Ritika Saini ka, folder wali. maze karo"),
    F("scam-dm", "none", "kya ye tum ho is video me?? 😱 sab groups me ghoom raha hai, dekho bit.ly/kyatum"),
    F("scam-dm", "math-font", "माफ करना पर [[तुम्हारा वीडियो]] एक ग्रुप में घूम रहा है... देखो: tinyurl.com/tumvid"),
    F("scam-dm", "none", "oye ye tu hai na video me? 😂 sabne dekh liya, check kar: cutt.ly/yetuhai"),
    F("intimate-leak", "mixed", "[[full|LEAKED]] [[comb|mms]] Divya Rana ka 🔥 vip group t.me/divyavip"),
    F("intimate-leak", "none", "Komal Chaudhary 🔥 #desimms #leaked #viral #fullvideo #nocensor"),
    K("benign-product", "none", "naye GTA ka trailer leak ho gaya, graphics ekdum mast 🎮"),
    K("benign-product", "math-font", "[[leak]] specs naye OnePlus ke, 16GB RAM aur 6000mAh battery 📱"),
    K("benign-product", "leet", "team India ki nayi jersey [[leak]] ho gayi, colour mast hai 🇮🇳"),
    K("benign-news", "none", "पूर्व प्रेमिका की निजी तस्वीरें बिना सहमति के फैलाने वाला युवक जयपुर में गिरफ्तार, आईटी एक्ट में केस दर्ज"),
    K("benign-news", "fullwidth", "[[DATA LEAK]]: 50 lakh customers ke address aur phone number expose hue, ek food app se"),
    K("benign-news", "none", "Lucknow ke school ki chhatraon ki deepfake nude photos banane wale do ladke pakde gaye"),
    K("benign-household", "none", "baarish me chhat phir se tapak rahi hai, saari baltiyan bhar gayi 😩 tape bhi kaam nahi kar raha"),
    K("benign-household", "spacing", "बिल्डिंग में [[गैस लीक]], सब बाहर हैं, फायर ब्रिगेड आ गई"),
    K("benign-household", "zero-width", "sink ke neeche pipe [[leak]] ho raha hai, Gurgaon me koi plumber batao"),
    K("benign-tech", "none", "memory leak mil gaya: listener kabhi remove nahi hota tha, process 300MB se 4GB"),
    K("benign-tech", "homoglyph", "[[leaked passwords]] ek delivery app se, sab apna password badlo"),
    K("benign-tech", "small-caps", "[[api key leak]] github pe, agle din 4 lakh ka AWS bill, dhyan rakho"),
    K("benign-education", "none", "Agar koi DM kare 'kya ye tum ho video me?' link ke saath, CLICK MAT KARNA. Ye phishing hai account churane ke liye. Report + block."),
    K("benign-education", "combining", "'[[लीक]] वीडियो' मत खरीदो: ये अपराध है और ज़्यादातर धोखा 🚫"),
    K("benign-education", "split-hashtag", "Webinar: bina consent ke share hue intimate content ko kaise report karein #Cyber Dost #Report_Karo"),
    K("benign-education", "emoji-letters", "news anchor ka '[[LEAKED]]' video deepfake hai, share mat karo, report karo 🛑"),
    K("benign-victim-help", "none", "bahut himmat karke likh rahi hu. mere ex ne meri private photos ek group me daal di, ab anjaan log message kar rahe aur ghar walon ko bhi pata chal gaya. 20 saal ki hu, kahan complaint karu? cybercrime.gov.in pe form bhara hai par koi reply nahi aaya abhi tak 😔"),
    K("benign-victim-help", "euphemism", "koi mera 'masaledar content' bech raha hai telegram pe, par wo meri selfies ke AI edits hain. police complaint kar di"),
    K("benign-victim-help", "repeat", "दो साल पहले मेरी फोटो लीईईईक हुई थी। आज ठीक हूँ, जो इससे गुज़र रहे हैं: आपकी गलती नहीं है 💜"),
    K("benign-creator", "none", "naya photoshoot mere page pe aa gaya 🖤 support ke liye thanks, link bio me hamesha ki tarah"),
    K("benign-creator", "mixed", "beach shoot ka [[math|full video]] subscribers ke liye live hai 🌊 [[leet|link in bio]]"),
    K("benign-other", "none", "Mumbai Indians ki playing XI leak ho gayi, Bumrah bench pe 😤"),
    K("benign-other", "none", "exposed brick wall + nude colour ka sofa, naya flat ekdum sundar 🥹"),
    K("benign-other", "none", "naye album ka gaana leak ho gaya release se pehle, Arijit ka best hai honestly"),
    K("benign-other", "none", "दादी के साथ प्राइवेट वीडियो कॉल, आखिरकार व्हाट्सऐप चलाना सीख गईं 🥹"),
]


def clean(s):
    return s.rstrip(".,!?;:)\"'…")


def main():
    rows = []
    for lang, posts in POSTS.items():
        for n, (label, cat, obf, raw) in enumerate(posts, 1):
            pid = f"b2-{lang}-{n:03d}"
            r = random.Random(pid)
            text = render(raw, obf, r)
            if obf in TRICKS and text == raw:
                raise ValueError(f"{pid}: trick {obf} marked nothing")
            rows.append({
                "id": pid, "text": text,
                "hashtags": [clean(h) for h in HASHTAG.findall(text)],
                "links": [clean(link) for link in LINK.findall(text)],
                "lang": lang, "label": label, "category": cat, "obfuscation": obf,
            })
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} posts -> {OUT}")


if __name__ == "__main__":
    main()
