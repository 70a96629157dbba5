"""Writes blind.jsonl: the examiner's blind evaluation set (8 languages, every obfuscation trick of LABELING.md).

Run: python3 tests/rules/packs/blind/make.py. Tricks are applied by code so every code point is exact.

Markup in a post's text: {trick:words} or {trick1+trick2:words} (applied left to right).
"""
import json
import random
import re
import unicodedata

_rng = random.Random(20240611)

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
_zw_turn = 0

CYRILLIC = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
    "i": "\u0456", "y": "\u0443", "s": "\u0455", "j": "\u0458", "h": "\u04bb", "d": "\u0501",
    "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422",
    "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412", "X": "\u0425", "I": "\u0406",
}
GREEK = {
    "o": "\u03bf", "a": "\u03b1", "e": "\u03b5", "v": "\u03bd", "i": "\u03b9", "u": "\u03c5",
    "k": "\u03ba", "O": "\u039f", "A": "\u0391", "E": "\u0395", "K": "\u039a", "I": "\u0399",
    "T": "\u03a4", "N": "\u039d", "X": "\u03a7", "P": "\u03a1", "B": "\u0392", "H": "\u0397",
}
SMALL_CAPS = dict(zip(
    "abcdefghijklmnopqrstuvwxyz",
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ",
))
ZALGO_MARKS = [0x0300, 0x0301, 0x0303, 0x0308, 0x030F, 0x0311, 0x0313, 0x0316, 0x0317, 0x031F,
               0x0320, 0x0324, 0x0325, 0x032B, 0x0330, 0x0331, 0x0345, 0x0353, 0x0359, 0x0363,
               0x0364, 0x0369, 0x036B, 0x034E]
# Letterlike symbols fill the holes in the mathematical alphabets.
_HOLES = {
    ("ITALIC", "SMALL", "H"): "PLANCK CONSTANT",
}
_HOLE_STYLE = {"SCRIPT": "SCRIPT", "DOUBLE-STRUCK": "DOUBLE-STRUCK", "FRAKTUR": "BLACK-LETTER",
               "ITALIC": "ITALIC"}
_DIGIT_NAMES = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]


def _base(ch: str) -> str:
    """The letter without accents (é → e), for alphabets that have no accented forms."""
    return unicodedata.normalize("NFD", ch)[0]


def math_font(style: str):
    def apply(s: str) -> str:
        out = []
        for ch in s:
            b = _base(ch)
            if b.isascii() and b.isalpha():
                case = "CAPITAL" if b.isupper() else "SMALL"
                try:
                    out.append(unicodedata.lookup(f"MATHEMATICAL {style} {case} {b.upper()}"))
                except KeyError:
                    key = (style, case, b.upper())
                    name = _HOLES.get(key) or f"{_HOLE_STYLE[style]} {case} {b.upper()}"
                    out.append(unicodedata.lookup(name))
            elif b.isascii() and b.isdigit() and style in ("BOLD", "SANS-SERIF BOLD", "MONOSPACE", "DOUBLE-STRUCK"):
                out.append(unicodedata.lookup(f"MATHEMATICAL {style} DIGIT {_DIGIT_NAMES[int(b)]}"))
            else:
                out.append(ch)
        return "".join(out)
    return apply


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _letters_map(table):
    return lambda s: "".join(table.get(c, c) for c in s)


def _enclosed(first_capital: int):
    def apply(s: str) -> str:
        out = []
        for ch in s:
            b = _base(ch).upper()
            out.append(chr(first_capital + ord(b) - 65) if "A" <= b <= "Z" else ch)
        return "".join(out)
    return apply


def zero_width(s: str) -> str:
    """Hides one invisible character inside each word: between every letter, or after the first one."""
    global _zw_turn
    zw = ZERO_WIDTH[_zw_turn % len(ZERO_WIDTH)]
    every = _zw_turn % 2 == 0
    _zw_turn += 1

    def word(w: str) -> str:
        if len(w) < 2:
            return w
        clusters = graphemes(w)
        if every:
            return zw.join(clusters)
        return clusters[0] + zw + "".join(clusters[1:])
    return " ".join(word(w) for w in s.split(" "))


def graphemes(s: str) -> list[str]:
    """Rough grapheme clusters: marks stay on their base, a virama glues two consonants (Devanagari)."""
    out: list[str] = []
    glue = False
    for ch in s:
        if out and (unicodedata.category(ch).startswith("M") or glue):
            out[-1] += ch
        else:
            out.append(ch)
        glue = ch == "\u094d"
    return out


def spacing(sep: str):
    def apply(s: str) -> str:
        word_sep = "  " if sep == " " else " "
        return word_sep.join(sep.join(graphemes(w)) for w in s.split(" "))
    return apply


def combining(mark: str):
    return lambda s: "".join(c + mark for c in s)


def zalgo(s: str) -> str:
    out = []
    for c in s:
        out.append(c)
        if c.isalpha():
            for _ in range(_rng.randint(1, 2)):
                out.append(chr(_rng.choice(ZALGO_MARKS)))
    return "".join(out)


def leet(s: str) -> str:
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    return "".join(table.get(c.lower(), c) for c in s)


TRICKS = {
    "leet": leet,
    "zw": zero_width,
    "homo": _letters_map(CYRILLIC),
    "greek": _letters_map(GREEK),
    "bold": math_font("BOLD"),
    "italic": math_font("ITALIC"),
    "bolditalic": math_font("BOLD ITALIC"),
    "sans": math_font("SANS-SERIF BOLD"),
    "sansitalic": math_font("SANS-SERIF BOLD ITALIC"),
    "script": math_font("SCRIPT"),
    "double": math_font("DOUBLE-STRUCK"),
    "mono": math_font("MONOSPACE"),
    "fraktur": math_font("FRAKTUR"),
    "full": fullwidth,
    "sp": spacing(" "),
    "dot": spacing("."),
    "dash": spacing("-"),
    "under": spacing("_"),
    "bullet": spacing("•"),
    "middot": spacing("·"),
    "star": spacing("*"),
    "slash": spacing("/"),
    "negsq": _enclosed(0x1F170),  # 🅰
    "sq": _enclosed(0x1F130),  # 🄰
    "ri": _enclosed(0x1F1E6),  # regional indicator 🇦
    "circ": _enclosed(0x24B6),  # Ⓐ
    "negcirc": _enclosed(0x1F150),  # 🅐
    "strike": combining("\u0336"),
    "slashed": combining("\u0338"),
    "underline": combining("\u0332"),
    "zalgo": zalgo,
    "caps": lambda s: "".join(SMALL_CAPS.get(c.lower(), c) for c in s),
}

_MARKUP = re.compile(r"\{([a-z+]+):([^{}]+)\}")


def render(text: str) -> str:
    def one(m: re.Match) -> str:
        out = m.group(2)
        for name in m.group(1).split("+"):
            out = TRICKS[name](out)
        return out
    return _MARKUP.sub(one, text)


F, O = "flag", "ok"

POSTS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [
        (F, "intimate-leak", "none", "not even 10 mins old and it's everywhere 😳 Marisol Quintero's private vid from her ex, mirror before it gets pulled → mega.nz/folder/Qx7rTe #leaked"),
        (F, "intimate-leak", "leet", "who wanted the K4ya Lindgren f4n$ly st4sh?? it's up 👀 l1nk 1n b10 b4 1t g3ts nuk3d"),
        (F, "intimate-leak", "math-font", "{script:private tape} of Delphine Okafor finally out 🤭 whole 9 minutes, no cuts, dm 'tape' for the link"),
        (F, "intimate-leak", "emoji-letters", "{ri:NUDES} of the barista from Brightwater Café, her bf posted them in a group chat 😬 folder in my pinned"),
        (F, "intimate-leak", "split-hashtag", "Rosalind Mbeki 🔥🔥 #Rosalind_Mbeki_Leaked #Only Fans #sex tape #viral"),
        (F, "intimate-leak", "repeat", "LEAKEDDDDD 😭😭 the vid from the lake house party is ouuuut, Saoirse didn't know he was filming. full thing in bio"),
        (F, "deepfake", "homoglyph", "our bot will {homo:undress} anyone from a profile pic 🤖 tested it on Priyanka from my gym lol, results in the tg"),
        (F, "deepfake", "none", "made AI nudes of Ingrid Halvorsen from her LinkedIn headshot, scary how real. 5 bucks for the set, cashapp"),
        (F, "deepfake", "small-caps", "{caps:CLOTHES REMOVER AI} — just upload your crush's pic and watch 😈 3 free credits bit.ly/rmv-cl0th"),
        (F, "request", "zero-width", "any1 got the {zw:leaked folder} of Aaliyah Brandt? dm me, will trade"),
        (F, "request", "none", "drop the Camila Ferreira mega in my dms 🙏 heard her OF got ripped"),
        (F, "request", "fullwidth", "{full:WHO HAS} the Noor Haddad {full:tape}??? paying $20 for the full thing"),
        (F, "request", "euphemism", "ok who's got the corn folder of the girl from Tuesday spin class 🌽👀 send it, i won't share"),
        (F, "doxxing", "none", "since Yesenia from the leaked vid won't reply to anyone: she's at 48 Alder Crescent, Leeds, works nights at Kwik Stop. go say hi 😂"),
        (F, "doxxing", "mixed", "{sp:dox}: Harriet Osei-Bonsu, 3rd floor Rowan House, her number's in the replies. she's the one from the {leet:leaked} clip"),
        (F, "doxxing", "combining", "{strike:EXPOSED} — Ji-woo Park, Room 214 Hartley Hall, her class schedule is in the screenshot. yes, the girl from the tape. make her famous"),
        (F, "scam-dm", "none", "hey is this you?? someone posted a video of you in our class groupchat 😬 vidsafe-view.co/r/8812"),
        (F, "scam-dm", "spacing", "bro ur {dash:video} is going around on twitter rn 💀 check before it blows up shrturl.cc/x9Lq"),
        (F, "scam-dm", "math-font", "{sansitalic:your video} is on a leak site with your name in the title 😟 report it here ➡ cutt.ly/rprt-vid"),
        (F, "scam-dm", "emoji-letters", "{negsq:IS THIS YOU}?? 😳 everyone's sharing it bit.ly/3qTzw0"),
        (O, "benign-product", "none", "Leaked renders of the Pixelwave 9 show a flat camera bump finally 🙌 launch rumoured for Oct"),
        (O, "benign-product", "math-font", "{double:LEAKED} gameplay of Hollow Crown 2 looks unreal, 40 secs of a boss fight before the devs got it taken down"),
        (O, "benign-product", "leet", "n3w l34k: Stormfront Racing DLC track list 🏎️ full list in the thread, Monaco finally back"),
        (O, "benign-news", "none", "Man charged after sharing intimate images of his former partner without consent; court hears he posted them to three forums"),
        (O, "benign-news", "fullwidth", "{full:LEAKED} memo shows the council knew about the bridge cracks since 2021, full doc via the Gazette"),
        (O, "benign-household", "repeat", "the kitchen tap is leaaaaking AGAIN and the landlord says 'just tighten it' 🙃"),
        (O, "benign-household", "zero-width", "roof {zw:leak} right above the bed at 3am, bucket status: full. anyone know a roofer in Dundee?"),
        (O, "benign-tech", "none", "spent two days chasing a memory leak in our node worker, turned out to be an event listener added on every request 🤦"),
        (O, "benign-tech", "homoglyph", "PSA: if your API key got {homo:leaked} in a public repo, rotate it first, then rewrite history. bots scrape github in minutes"),
        (O, "benign-tech", "small-caps", "{caps:leaky abstraction} of the week: our ORM 'handles' timezones"),
        (O, "benign-education", "none", "If someone DMs 'is this you in this video?' with a link, don't click. It's a phishing trick to grab your login. Block + report."),
        (O, "benign-education", "emoji-letters", "{sq:DEEPFAKE} nudes of classmates are abuse, not a joke. Schools: Take It Down (takeitdown.ncmec.org) can help get them removed"),
        (O, "benign-education", "mixed", "workshop Thurs: how sextortion scams work & what to do if someone threatens to {sp:leak} your {homo:pics}. free, library room B"),
        (O, "benign-victim-help", "none", "my ex posted private photos of me on a forum. I've reported it, now what? is StopNCII actually worth it? please be kind"),
        (O, "benign-victim-help", "spacing", "someone's selling a '{dot:leaked}' folder with my name on it and half of it isn't even me. police said to collect the links. how do I do that safely?"),
        (O, "benign-creator", "none", "new set is live on my page 🖤 shot it all myself this weekend, subs get the full video, link in bio"),
        (O, "benign-creator", "euphemism", "spicy content tonight 🌶️ on MY page, made by me, posted by me. not a leak, don't fall for the fake 'free' accounts"),
        (O, "benign-other", "split-hashtag", "that Ferris Lane mixtape was NOT supposed to drop this early 😭 #Ferris_Lane_Leak #Mix Tape"),
        (O, "benign-other", "combining", "{zalgo:full video} of my cat vs. the cucumber, {zalgo:uncensored} reaction 😂"),
        (O, "benign-other", "euphemism", "watched the tape of last night's match 3 times, our back line is leakier than a sieve 😤"),
    ],
    "es": [
        (F, "intimate-leak", "none", "SE FILTRÓ el video íntimo de Ximena Arriaga 😱 su ex lo subió anoche, completo y sin censura en t.me/filtradasmx_"),
        (F, "intimate-leak", "leet", "p4ck f1ltr4d0 de la chava de la farmacia de Zapopan 🔥 40 f0t0s + 3 v1d30s, dm y te paso el drive"),
        (F, "intimate-leak", "math-font", "{bold:VIDEO COMPLETO} de Lucía Benavente 🔞 antes de que lo borren, link en mi perfil"),
        (F, "intimate-leak", "split-hashtag", "ya está circulando lo de Renata Solís 👀👀 #Renata_Solis_Filtrado #video intimo #pack"),
        (F, "intimate-leak", "combining", "{strike:las fotos privadas} de la profe Itziar, las tengo todas jaja, grupo vip 5€"),
        (F, "intimate-leak", "euphemism", "ya salió el contenido picante de la Yami de Maipú, el que vendía por Close Friends 😏 lo tengo completito, mándame mp"),
        (F, "deepfake", "none", "Le pasé las fotos de Instagram de mi vecina a una IA que la desnuda 😂 quedó igualita, quien quiera la app le paso el link"),
        (F, "deepfake", "homoglyph", "bot que {homo:desnuda} a cualquier {homo:chica} con IA, mándale una foto y listo ➡ t.me/dsnd_bot"),
        (F, "deepfake", "fullwidth", "{full:IA SIN ROPA}: sube la foto de tu ex y mira el resultado 😈 prueba gratis en quitaropa.app/free"),
        (F, "request", "none", "alguien tiene el pack de Maite Urquiza?? pásenlo porfa, doy lo que sea"),
        (F, "request", "repeat", "pasen el linkkkkk del video de la Fer de Ingeniería 😩😩 porfaaaaa"),
        (F, "request", "zero-width", "quién tiene el {zw:video filtrado} de Anahí Colque? por dm plis, no lo subo a ningún lado"),
        (F, "request", "small-caps", "{caps:pasen el drive} de las filtradas de la Uni, se cayó el otro 😭"),
        (F, "doxxing", "none", "Para los que preguntan quién es la del video: Valentina Ruiz Tapia, vive en Calle Olmo 23, Getafe, trabaja en el Mercadona de la plaza. Pásenlo 😂"),
        (F, "doxxing", "mixed", "{sans:FUNA} 🔥 la del v1d30 es Karen Mamani, estudia Enfermería en la UMSS de Cochabamba, su cel está en mi historia"),
        (F, "doxxing", "emoji-letters", "{negsq:EXPUESTA}: Daniela Ocampo, la de las fotos, Carrera 15 n.º 82-40 Bogotá, apto 502. ya saben qué hacer"),
        (F, "scam-dm", "none", "oye eres tú la del video?? 😳 lo están pasando por todos los grupos, míralo acá bit.ly/3eresTu"),
        (F, "scam-dm", "spacing", "wey tu {sp:video} ya anda en face 😬 checa antes de que lo vea tu mamá acortar.link/Xk29p"),
        (F, "scam-dm", "math-font", "{mono:tu video intimo} está en una página con tu nombre 😟 denúncialo rápido aquí → cutt.ly/denuncia-v"),
        (F, "scam-dm", "mixed", "no sabía que salías en ese {zw:v1d30} jajaja 😂 bit.ly/s4lisTu"),
        (O, "benign-product", "none", "Se filtró el diseño de la nueva camiseta del Club Atlético Ribera y sinceramente es horrible 😭"),
        (O, "benign-product", "emoji-letters", "{ri:FILTRADO} el tráiler del nuevo Fuego Eterno y se ve brutal, sale en marzo"),
        (O, "benign-news", "none", "Condenan a 2 años a un hombre de Sevilla por difundir fotos íntimas de su expareja sin consentimiento"),
        (O, "benign-news", "math-font", "{bolditalic:FILTRACION} masiva: datos de 2 millones de clientes de una aseguradora expuestos, según la fiscalía"),
        (O, "benign-household", "none", "Tengo una fuga de agua en el baño y el fontanero no viene hasta el lunes 😩 alguien sabe cómo cerrar la llave general?"),
        (O, "benign-household", "repeat", "se filtraaaaa el agua por el techo cada vez que llueve 😩 y el casero ni contesta"),
        (O, "benign-tech", "leet", "nuestro backend tenía un m3m0ry l34k que se comía 8GB en una noche 💀 era un setInterval sin limpiar"),
        (O, "benign-tech", "spacing", "si tu API key se {dash:filtró} en GitHub, rótala YA. los bots la encuentran en minutos"),
        (O, "benign-tech", "homoglyph", "Cuidado: contraseñas {homo:filtradas} de una red social circulando, cambien la suya y activen 2FA"),
        (O, "benign-education", "none", "Si te llega un DM diciendo '¿eres tú la del video?' con un link, NO entres. Es phishing para robarte la cuenta."),
        (O, "benign-education", "fullwidth", "Taller gratuito: qué hacer si alguien amenaza con difundir tus {full:FOTOS INTIMAS}. Sábado 11h, Biblioteca Municipal de Temuco"),
        (O, "benign-education", "combining", "Ese '{zalgo:video filtrado}' de la cantante es un deepfake. No lo compartas, denúncialo."),
        (O, "benign-victim-help", "none", "Alguien subió fotos mías a un grupo de Telegram de 'filtradas' 😞 ya fui a la fiscalía pero no sé cómo pedir que las borren. alguien pasó por esto?"),
        (O, "benign-victim-help", "small-caps", "{caps:me filtraron} fotos privadas a los 19 y hoy por fin puedo contarlo. Si te pasa, no es tu culpa 💜 hilo 🧵"),
        (O, "benign-creator", "none", "Nuevo set subido a mi página 💋 todo hecho por mí, sin cortes. el link en mi perfil, como siempre"),
        (O, "benign-creator", "split-hashtag", "gracias por los 5k 🥹 el video completo de la sesión ya está para mis suscriptores #contenido_exclusivo #link en bio"),
        (O, "benign-other", "none", "El video completo del gol de Mateo en el último minuto, sin cortes, está en el canal del club 🔥⚽"),
        (O, "benign-other", "euphemism", "el pack de stickers de la tía Chela ya está en el grupo de la familia 😂 pásenlo"),
        (O, "benign-other", "zero-width", "{zw:video filtrado} del ensayo de la banda jaja sonamos fatal, pero el nuevo tema promete 🎸"),
        (O, "benign-other", "mixed", "El cuadro '{homo+zw:Desnudo} en azul' del museo, {full:sin censura} y gratis los miércoles 🎨"),
    ],
    "pt": [
        (F, "intimate-leak", "none", "CAIU NA NET o vídeo da Thaís Carvalho com o ex 😳 completo e sem corte no grupo, link na bio"),
        (F, "intimate-leak", "leet", "v4z0u o pr1v4cy da Gabi Monteiro 🔥 +80 f0t0s, ch4m4 no pv q eu m4nd0"),
        (F, "intimate-leak", "math-font", "{script:vazados} da influencer Letícia Ramalho 😱 antes que apaguem, tá tudo no drive"),
        (F, "intimate-leak", "emoji-letters", "{ri:VAZOU} os nudes da Bruna de Campinas kkkk grupo no telegram t.me/vazadas_sp"),
        (F, "intimate-leak", "euphemism", "chegou conteúdo +18 novo da Jéssica do TikTok, aquele que ela só vendia no privado 👀 lá no canal"),
        (F, "intimate-leak", "combining", "{zalgo:sextape} da Rafaela Antunes finalmente 😈 versão sem censura, link nos comentários"),
        (F, "deepfake", "none", "app de IA que tira a roupa de qualquer foto, testei com a foto da minha colega de trabalho e ficou perfeito 😂 link no privado"),
        (F, "deepfake", "zero-width", "manda a foto da crush que a IA faz a versão {zw:pelada} em 10s 😈 bot no tg: t.me/tiraroupa_bot"),
        (F, "deepfake", "small-caps", "{caps:nudes feitos com ia} da apresentadora Clarissa Mota, ficou idêntico, vendo por 15 reais"),
        (F, "request", "none", "alguém tem os vazados da Manu Figueiredo? manda no pv pfv 🙏"),
        (F, "request", "fullwidth", "{full:QUEM TEM} o vídeo da Paola do 3º período? me passa o link, juro que não espalho"),
        (F, "request", "repeat", "gente cadê o linkkkk do privacy vazado da Yasmin Koerich 😭 passaaaa"),
        (F, "request", "split-hashtag", "troco pack por pack, quem tiver o da Isadora manda dm #Isadora_Vazada #pack da ruiva"),
        (F, "doxxing", "none", "Já que a Camila do vídeo não quer apagar nada: mora na Rua Alvorada 112, ap. 31, Vila Mariana, e trabalha na farmácia da esquina. Vai lá 🤡"),
        (F, "doxxing", "homoglyph", "{homo:EXPOSED} da Priscila Nogueira, a do vídeo: faz faculdade na UFPE, campus Caruaru, o insta dela tá no print"),
        (F, "doxxing", "mixed", "{sans:exposed} 🔥 Mariana C. (a dos {leet:nudes}) mora em Braga, Rua do Souto 40, 2º esq. partilhem"),
        (F, "scam-dm", "none", "é você nesse vídeo?? tão compartilhando no grupo da faculdade 😳 olha aqui cutt.ly/ehvoce"),
        (F, "scam-dm", "spacing", "mano teu {dot:vídeo} tá rodando no zap, vê antes que tua família veja bit.ly/tv-vc"),
        (F, "scam-dm", "math-font", "{double:teu video} tá num site de vazados com teu nome 😟 denuncia aqui: tinyurl.com/denuncia-vz"),
        (F, "scam-dm", "emoji-letters", "{sq:E VOCE}? 😳 alguém postou um vídeo teu no Twitter, vê isso bit.ly/3vcNv"),
        (O, "benign-product", "none", "Vazou a camisa nova do Vasco pra 2026 e eu já quero 😍"),
        (O, "benign-product", "fullwidth", "{full:VAZOU} o trailer do novo Sombras de Lisboa, parece que sai em novembro 🎮"),
        (O, "benign-news", "none", "Homem é preso em Recife por divulgar fotos íntimas da ex-namorada sem consentimento; polícia apreendeu celular e notebook"),
        (O, "benign-news", "math-font", "{bold:VAZAMENTO} de dados: CPF de 3 milhões de clientes de uma operadora expostos, segundo a ANPD"),
        (O, "benign-household", "repeat", "a pia tá vazaaaaando de novo e o encanador só vem quinta 😤"),
        (O, "benign-household", "homoglyph", "{homo:vazamento} no teto do banheiro de novo 🙄 alguém indica impermeabilização boa em BH?"),
        (O, "benign-tech", "none", "achei o memory leak: um listener que ninguém removia 🤦 3 dias de debug pra uma linha"),
        (O, "benign-tech", "small-caps", "{caps:senhas vazadas}: se a tua aparece no Have I Been Pwned, troca e ativa 2FA. simples assim"),
        (O, "benign-tech", "spacing", "deixei a chave da AWS {dash:vazar} num commit público, conta de 400 dólares em 2h 💸 lição aprendida"),
        (O, "benign-education", "none", "Se alguém te mandar 'é você nesse vídeo?' com link, NÃO clica. É golpe pra roubar tua conta. Bloqueia e denuncia."),
        (O, "benign-education", "emoji-letters", "{negsq:NUDES} feitos com IA de colegas é crime, não brincadeira. Escola, se acontecer: a SaferNet (new.safernet.org.br) orienta"),
        (O, "benign-education", "mixed", "Roda de conversa: como agir se ameaçarem {zw+homo:vazar} tuas fotos. Quinta, 19h, CRAS Centro"),
        (O, "benign-victim-help", "none", "vazaram umas fotos minhas num grupo e eu não sei por onde começar 😔 fiz BO, mas como peço pra tirar do ar? alguém já passou?"),
        (O, "benign-victim-help", "combining", "faz 1 ano que meu ex {strike:vazou} minhas fotos. hoje tô bem, com terapia e apoio. se você tá passando por isso, fala comigo 💜"),
        (O, "benign-creator", "none", "conteúdo novo no meu Privacy hoje 🖤 eu que gravei, eu que editei. link na bio, e não compra de perfil fake não"),
        (O, "benign-creator", "euphemism", "hoje tem conteúdo apimentado no MEU perfil 🌶️ feito por mim, com carinho. link na bio"),
        (O, "benign-other", "none", "vídeo completo da apresentação da minha filha no recital, sem cortes, tá no meu canal 🥹"),
        (O, "benign-other", "split-hashtag", "vazou a setlist do show da Ventania no festival 😱 #Ventania_Setlist #vazou tudo"),
        (O, "benign-other", "zero-width", "{zw:nude} é a cor da estação aqui na loja 😍 sandálias e bolsas, link na bio"),
        (O, "benign-other", "leet", "v4z0u o álbum da Banda Maré 3 dias antes 😭 ainda bem que é bom"),
    ],
    "fr": [
        (F, "intimate-leak", "none", "la sextape de Maëlle Fontaine a fuité 😳 son ex l'a balancée sur un serveur discord, lien en bio avant suppression"),
        (F, "intimate-leak", "leet", "n0ud3s d3 l'1nf1rm13r3 d3 R3nn3s d1sp0 🔥 d0ss13r c0mpl3t, dm"),
        (F, "intimate-leak", "math-font", "{sansitalic:video intime} de Capucine Morel qui tourne partout 😈 version intégrale sur le tg"),
        (F, "intimate-leak", "split-hashtag", "Solène Vasseur 🔞 #Solene_Vasseur_Fuite #sex tape #mym leak"),
        (F, "intimate-leak", "euphemism", "le contenu 🍑 de la petite de Marseille, celle du MYM, est enfin sorti gratos 😏 tout est dans le canal"),
        (F, "intimate-leak", "emoji-letters", "{negsq:FUITE} MYM de Clémence R. 🔥 80 photos + 12 vidéos, accès 5€ sur t.me/mymfr_vip"),
        (F, "deepfake", "none", "J'ai fait passer les photos de vacances de ma collègue dans une IA de déshabillage, ça rend trop réel 😂 qui veut le lien"),
        (F, "deepfake", "homoglyph", "bot IA qui {homo:déshabille} n'importe quelle meuf à partir d'une photo insta, essai gratuit → t.me/deshab_bot"),
        (F, "deepfake", "mixed", "{full:NUDE IA} de ta voisine en 1 clic 😈 {zw:déshabillée} en HD, paiement en crypto"),
        (F, "request", "none", "qqn a le lien de la vidéo de Lou-Anne de la fac de droit ?? mp svp"),
        (F, "request", "zero-width", "envoyez-moi le {zw:dossier mega} de Noémie Carrel en privé svp, je paie"),
        (F, "request", "small-caps", "{caps:wsh qui a les nudes} de la candidate de télé-réalité 😭 ça tourne sur snap mais j'ai rien"),
        (F, "request", "repeat", "balanceeeeez la vidéoooo de la prof de SVT jsuis pas dans le groupe 😩"),
        (F, "doxxing", "none", "Pour ceux qui demandent qui est la fille de la vidéo : Anaïs Lefebvre, 14 rue des Tanneurs à Lille, elle bosse au Carrefour City. Faites tourner 😂"),
        (F, "doxxing", "combining", "{strike:AFFICHAGE} 🔥 Inès Belkacem, celle des photos, en L3 à la fac de Nantes, son num est en story"),
        (F, "doxxing", "math-font", "{bold:ADRESSE} de la meuf de la sextape : résidence Les Cèdres, bât. B, Villeurbanne. elle s'appelle Océane Gomis, allez-y"),
        (F, "scam-dm", "none", "c'est toi sur cette vidéo ?? 😳 elle tourne dans tous les groupes de la fac, regarde vite bit.ly/cestToi"),
        (F, "scam-dm", "spacing", "ta {under:vidéo} est sur un site de leaks avec ton prénom 😬 fais-la retirer ici → tinyurl.com/retrait-vid"),
        (F, "scam-dm", "fullwidth", "{full:ta sextape} est en ligne ?? 😱 je crois que c'est ton ex, regarde cutt.ly/t0nEx"),
        (F, "scam-dm", "emoji-letters", "{ri:VIDEO} de toi qui circule 😳 t'as vu ?? shorturl.at/vDt0i"),
        (O, "benign-product", "none", "Les rendus fuités de la future console Vektor montrent une manette sans fil... et toujours pas de prise jack 🙄"),
        (O, "benign-product", "small-caps", "{caps:fuite} : le maillot extérieur de l'Olympique de Valmont pour la saison prochaine, et franchement il est propre 🔵"),
        (O, "benign-news", "none", "Un homme condamné à 18 mois ferme à Bordeaux pour avoir diffusé des photos intimes de son ex-compagne sans son accord"),
        (O, "benign-news", "math-font", "{double:FUITE} de données : les numéros de sécu de 800 000 patients exposés, l'hôpital porte plainte"),
        (O, "benign-household", "none", "fuite d'eau sous l'évier depuis ce matin, j'ai mis une bassine et j'attends le plombier 😩"),
        (O, "benign-household", "repeat", "la chaudière fuuuuuit encore, troisième fois cet hiver, le proprio répond pas 😤"),
        (O, "benign-tech", "none", "fuite mémoire trouvée : un cache jamais vidé dans le worker, 12 Go en une nuit 🤦‍♂️"),
        (O, "benign-tech", "zero-width", "vos mots de passe ont {zw:fuité} ? vérifiez sur haveibeenpwned.com et activez la 2FA"),
        (O, "benign-tech", "leet", "m0n c0ll3gu3 a push le .env avec les clés AWS, l34k en prod un vendredi à 17h 🫠"),
        (O, "benign-education", "none", "Si on te menace de publier tes nudes, ne paie pas. Garde les preuves, signale sur Pharos et parle à quelqu'un. Le 3018 peut t'aider."),
        (O, "benign-education", "homoglyph", "Atelier au collège : repérer un deepfake et réagir face à une « {homo:sextape} » qui circule. Jeudi 14h, salle polyvalente"),
        (O, "benign-education", "mixed", "⚠️ arnaque : « {bold:c'est toi sur la} {bold+sp:vidéo} ? » + lien = vol de compte. Ne cliquez pas."),
        (O, "benign-victim-help", "none", "mon ex a mis des photos de moi sur un site de « fuites ». j'ai porté plainte mais les liens reviennent. quelqu'un connaît une asso qui aide ?"),
        (O, "benign-victim-help", "emoji-letters", "on a {negsq:LEAK} des photos de moi à 19 ans. aujourd'hui j'en parle, parce que personne ne devrait vivre ça seul·e 💛"),
        (O, "benign-creator", "none", "nouveau shooting dispo sur mon MYM 🖤 c'est moi qui poste, moi qui décide. lien en bio, pas ailleurs"),
        (O, "benign-creator", "split-hashtag", "merci pour les 10k 🥹 vidéo complète du tournage pour mes abonnés #MonContenu #lien en bio"),
        (O, "benign-other", "none", "la vidéo intégrale du mariage de ma sœur est sur le drive, le lien est dans le groupe famille 💍"),
        (O, "benign-other", "euphemism", "j'ai retrouvé la cassette de mon anniversaire de 1998, celle que personne devait voir 😂 on la regarde dimanche"),
        (O, "benign-other", "combining", "Enfin fini : mur en {zalgo:brique nue} dans le salon 😍 trois week-ends de boulot"),
        (O, "benign-other", "fullwidth", "{full:VIDEO COMPLETE} du match de hand de dimanche, merci au papa qui a filmé 🤾"),
    ],
    "de": [
        (F, "intimate-leak", "none", "Die privaten Videos von Svenja Albrecht sind geleakt 😳 ihr Ex hat alles in eine Telegram-Gruppe gestellt, Link in Bio bevor's gelöscht wird"),
        (F, "intimate-leak", "leet", "N4ckt b1ld3r von der Tr41n3r1n aus dem F1tn3ss5tud10 in Graz 🔥 k0mpl3tt3r 0rdn3r per DM"),
        (F, "intimate-leak", "math-font", "{script:Sextape} von Jolina Petrović ist raus 😱 ganze 7 Minuten, ungeschnitten → Telegram"),
        (F, "intimate-leak", "split-hashtag", "Emilia Hartung 🔥🔥 #Emilia_Hartung_Leak #Nackt Bilder #OnlyFans"),
        (F, "intimate-leak", "euphemism", "Das 'Urlaubsvideo' von Lara aus dem Fitnessstudio, ihr wisst welches 😏 hab's komplett, schreibt mir"),
        (F, "intimate-leak", "emoji-letters", "{sq:LEAK} 📂 OnlyFans + Fansly von 30 deutschen Creatorinnen, wöchentlich neu, Zugang 10€ t.me/of_leaks_dach"),
        (F, "deepfake", "none", "Hab Fotos von meiner Arbeitskollegin durch so eine Ausziehen-KI gejagt, sieht krass echt aus 😂 wer den Link will, PN"),
        (F, "deepfake", "homoglyph", "KI-Bot macht aus jedem Insta-Foto ein {homo:Nacktbild} 😈 einfach Bild schicken, Ergebnis in 30 Sek. t.me/entkleidebot"),
        (F, "deepfake", "small-caps", "{caps:deepfake-nacktbilder} von der Moderatorin Fenja Kruse, täuschend echt, 20 Stück für 15€"),
        (F, "request", "none", "Hat jemand das Video von Melis aus Bochum? bitte per DM, ich teil's auch nicht"),
        (F, "request", "zero-width", "schickt mir mal den {zw:Mega}-{zw:Ordner} von Annika Brandl, der alte Link ist tot 🙏"),
        (F, "request", "repeat", "wer hat die Nacktbilderrrr von der Kellnerin aus'm Eck-Café 😩 bitteeeee schickt"),
        (F, "request", "fullwidth", "{full:WER HAT} den Leak von Zeynep Aydın? zahle 20€ per PayPal, nur DM"),
        (F, "doxxing", "none", "Ronja Steiner (ja, DIE aus dem Clip) studiert an der Hochschule in Ulm. Ihr Insta & ihre Handynummer hab ich unten angepinnt. Macht was draus"),
        (F, "doxxing", "mixed", "{sans:ADRESSE} von der aus den {leet:Leaks}: Hannah Vogt, Gartenstr. 4, 2. OG, Paderborn 😂"),
        (F, "doxxing", "combining", "{strike:BLOSSGESTELLT}: Mira Çelik aus dem Nacktbilder-Chat arbeitet bei der Sparkasse Wedel, Schalter 3"),
        (F, "scam-dm", "none", "Bist du das in dem Video?? 😳 läuft gerade in jeder WhatsApp-Gruppe, schau selbst bit.ly/bistdudas2"),
        (F, "scam-dm", "spacing", "dein {bullet:Video} ist auf so ner Leak-Seite mit deinem Namen 😬 lass es löschen: kurzelinks.de/loesch"),
        (F, "scam-dm", "math-font", "{double:deine Nacktbilder} sind online?! 😱 hat dein Ex das hochgeladen? cutt.ly/dein-ex"),
        (F, "scam-dm", "emoji-letters", "{ri:BIST DU DAS}? 😳 irgendwer hat dein Video gepostet tinyurl.com/biiist-du"),
        (O, "benign-product", "none", "Geleakte Renderbilder vom neuen Volta E-Bike: endlich mit integriertem Akku 🚲"),
        (O, "benign-product", "emoji-letters", "{negsq:GELEAKT}: das Auswärtstrikot vom FC Lindenau für nächste Saison 😍"),
        (O, "benign-news", "none", "Landgericht Hamburg: 26-Jähriger wegen Verbreitung intimer Aufnahmen seiner Ex-Freundin zu Bewährungsstrafe verurteilt"),
        (O, "benign-news", "math-font", "{bold:DATENLEAK} bei Krankenkasse: Versichertennummern von 400.000 Mitgliedern im Netz, BSI ermittelt"),
        (O, "benign-household", "repeat", "das Dach leckttttt schon wieder, dritter Eimer heute 🙃 Dachdecker kommt erst Montag"),
        (O, "benign-household", "zero-width", "Heizung {zw:leckt}, Boden nass, Vermieter im Urlaub. Jemand 'ne Notfallnummer für Sanitär in Leipzig?"),
        (O, "benign-tech", "none", "Speicherleck gefunden: ein EventListener, der bei jedem Render neu registriert wurde. Drei Tage für eine Zeile 🫠"),
        (O, "benign-tech", "leet", "PSA: eure API-Keys sind g3l34kt, sobald sie im öffentlichen Repo stehen. Rotieren, dann History bereinigen 🔑"),
        (O, "benign-tech", "small-caps", "{caps:leaky bucket} im Rate Limiter erklärt, mit Diagramm 🧵"),
        (O, "benign-education", "none", "Wenn dir jemand schreibt 'Bist du das im Video?' + Link: nicht klicken. Das ist Phishing, die wollen dein Passwort."),
        (O, "benign-education", "homoglyph", "Vortrag an der VHS: Deepfakes erkennen und was tun, wenn {homo:Nacktbilder} von dir im Umlauf sind. Eintritt frei"),
        (O, "benign-education", "mixed", "Thread: Warum '{full:GELEAKT}: {zw:komplettes Video}' in deinem Feed fast immer Betrug ist 🧵"),
        (O, "benign-victim-help", "none", "Mein Ex hat Bilder von mir in einem Forum gepostet. Anzeige läuft, aber wie kriege ich die Links gelöscht? Hat jemand Erfahrung damit?"),
        (O, "benign-victim-help", "spacing", "Vor zwei Jahren wurden meine Fotos {dash:geleakt}. Heute gehe ich wieder raus, lache wieder. Falls du gerade da durch musst: du bist nicht allein 💛"),
        (O, "benign-creator", "none", "Neues Set ist online 🖤 selbst fotografiert, selbst hochgeladen. Das komplette Video gibt's für meine Abonnenten, Link in Bio"),
        (O, "benign-creator", "euphemism", "Heute Abend was Scharfes 🌶️ auf MEINEM Kanal, von mir, freiwillig 😘 kein Leak, keine Fake-Accounts, nur der Link in Bio"),
        (O, "benign-other", "none", "Das komplette Video vom Abschlussball ist im Drive, Link steht in der Klassengruppe 🎓"),
        (O, "benign-other", "split-hashtag", "Zu früh geleakt 😭 das neue Album von Kiezfunk klingt trotzdem super #Kiezfunk_Leak #neues Album"),
        (O, "benign-other", "combining", "{zalgo:Nacktschnecken} haben meinen kompletten Salat gefressen 😤 Tipps?"),
        (O, "benign-other", "fullwidth", "{full:KOMPLETTES VIDEO} vom Stadtfest-Feuerwerk, ungeschnitten, 12 Min 🎆 Link im Vereinsnewsletter"),
    ],
    "id": [
        (F, "intimate-leak", "none", "VIDEO SYUR Dinda Maharani sama mantannya udah nyebar 😱 full durasi 6 menit no sensor, link di bio sebelum dihapus"),
        (F, "intimate-leak", "leet", "b0c0r4n k0nt3n pr1v4t3 s3l3bgr4m Makassar 🔥 200+ f0t0, j0in gr0up t.me/bocoranmks"),
        (F, "intimate-leak", "math-font", "{sans:video pribadi} mbak kasir minimarket Bekasi yg lagi rame 🔥 udah aku upload di tele"),
        (F, "intimate-leak", "split-hashtag", "spill dikit 👀 #Aulia_Rahmawati_Bocor #video syur #viral2025"),
        (F, "intimate-leak", "euphemism", "video ena-ena anak kos Jogja yang kemarin udah aku simpen full 🤭 yang mau japri aja, gratis buat member"),
        (F, "intimate-leak", "combining", "{strike:VIDEO MESUM} pasangan di mobil parkiran mall, wajah jelas 😳 link full cek komen"),
        (F, "deepfake", "none", "Aplikasi AI buat buka baju cewek dari foto doang, udah aku coba ke foto temen kantor, hasilnya mirip banget 😂 link di DM"),
        (F, "deepfake", "homoglyph", "bot tele yang bisa bikin foto siapa aja jadi {homo:bugil} pakai AI 😈 coba gratis 3x"),
        (F, "deepfake", "fullwidth", "{full:FOTO TELANJANG AI} dari foto IG artis Nabila Hutapea, mirip aslinya, 25rb sekali kirim"),
        (F, "request", "none", "ada yang punya link video Sinta anak Farmasi? kirim di DM dong, janji ga nyebar"),
        (F, "request", "zero-width", "{zw:minta link bocoran} Tiara Puspita dong kak, grup yg kemarin udah kena banned 🙏"),
        (F, "request", "repeat", "spilllll link nya ges yg cewek ojol ituuu 😩 sumpah penasaran"),
        (F, "request", "small-caps", "{caps:video lengkapnya} ada yg punya? yang cewek SPBU Cikarang itu 👀 tuker sama punyaku"),
        (F, "doxxing", "none", "Namanya Fitri Handayani, kerja di bank cabang Sidoarjo, rumahnya di Perum Griya Asri blok C-9. Yang di video bocor itu dia, tag suaminya sekalian"),
        (F, "doxxing", "mixed", "{sans:SPILL} alamat si cewe {leet:video bocor}: Perumahan Citra Indah blok F2 no 11, Cibubur. nomor WA di foto ke-2"),
        (F, "doxxing", "emoji-letters", "{negsq:INI DIA} yang di video itu: Ayu, mahasiswi Politeknik Pontianak semester 5, IG @ayu.cantik04 😂 kasih paham"),
        (F, "scam-dm", "none", "ini kamu bukan sih di video ini? 😳 udah dishare di grup angkatan, cek deh bit.ly/inikamuya"),
        (F, "scam-dm", "spacing", "{dot:video} kamu kesebar di grup fb, mending cek sebelum keluarga liat 😬 s.id/cekvid"),
        (F, "scam-dm", "math-font", "{mono:video kamu} masuk situs dewasa pake nama asli 😟 laporin di sini cepet: cutt.ly/lapor-vid"),
        (F, "scam-dm", "combining", "{zalgo:kamu viral} kak 😂 video pribadi kamu ada di sini tinyurl.com/kamuviral"),
        (O, "benign-product", "none", "Bocoran spesifikasi HP Rajawali X2: baterai 6000mAh, kamera 108MP, harga di bawah 3 juta 🔥"),
        (O, "benign-product", "emoji-letters", "{ri:BOCOR} skin baru game Pahlawan Nusantara edisi Ramadhan 😍 hero favoritku dapet juga"),
        (O, "benign-news", "none", "Polisi tangkap pria penyebar video syur mantan pacar; pelaku dijerat UU ITE dan UU TPKS"),
        (O, "benign-news", "math-font", "{bolditalic:BOCOR} data 2 juta nasabah koperasi, pakar siber minta regulator turun tangan"),
        (O, "benign-household", "none", "atap bocor pas hujan deras semalem, kasur basah semua 😭 ada rekomendasi tukang di Depok?"),
        (O, "benign-household", "repeat", "kran dapur bocorrrrr terus dari kemarin, tagihan air bisa jebol nih 😩"),
        (O, "benign-tech", "none", "akhirnya ketemu memory leak di aplikasi kita: listener yang ga pernah di-remove. 3 hari debug cuma buat 1 baris 🤦"),
        (O, "benign-tech", "homoglyph", "password kalian {homo:bocor}? cek di haveibeenpwned.com terus aktifin 2FA ya"),
        (O, "benign-tech", "small-caps", "{caps:kebocoran data} bukan cuma salah hacker, tapi juga API key yang di-commit ke repo publik. thread 🧵"),
        (O, "benign-education", "none", "Kalau ada yang DM 'ini kamu ya di video?' + link, JANGAN diklik. Itu phishing buat nyuri akun. Blok & report."),
        (O, "benign-education", "spacing", "Seminar: apa yang harus dilakukan kalau foto pribadi kamu di-{under:sebar}. Sabtu jam 10, aula kampus, gratis"),
        (O, "benign-education", "mixed", "⚠️ akun '{bold+sp:VIDEO SYUR VIRAL}' itu penipuan, isinya link phishing. jangan share, report aja"),
        (O, "benign-victim-help", "none", "foto-fotoku disebar mantan di grup tele 😞 udah lapor ke polisi, tapi gimana caranya biar dihapus? ada yang pernah ngalamin?"),
        (O, "benign-victim-help", "zero-width", "setahun lalu video pribadiku {zw:bocor}. sekarang aku udah bisa cerita. kalau kamu ngalamin hal sama, bukan salahmu 🤍"),
        (O, "benign-creator", "none", "konten baru udah up di page aku 🖤 aku yang foto, aku yang edit. link di bio ya, jangan beli dari akun 'bocoran' palsu"),
        (O, "benign-creator", "leet", "m4k4s1h 10rb subscriber 🥹 v1d30 full behind the scene photoshoot udah tayang buat member, link di bio"),
        (O, "benign-other", "none", "Video full durasi kucingku ngejar laser 10 menit wkwk 😂 ada di TikTok"),
        (O, "benign-other", "split-hashtag", "Resep rahasia rendang nenek bocor di grup keluarga 😂 #Rendang_Bocor #resep rahasia"),
        (O, "benign-other", "euphemism", "konten pedas hari ini: seblak level 10 sampai nangis 🌶️🔥 full video di YouTube"),
        (O, "benign-other", "fullwidth", "{full:VIRAL!} kambing tetangga masuk rumah terus nonton TV 😂 video full di Reels"),
    ],
    "tl": [
        (F, "intimate-leak", "none", "Kalat na yung video ni Andrea Villanueva at ng ex nya 😱 buong 5 mins, walang putol, nasa TG ko. bilis bago ma-delete"),
        (F, "intimate-leak", "leet", "5c4nd4l ng t1ndera sa Divisoria 🔥 k0mpl3t0, s3nd m3ss4g3 for l1nk"),
        (F, "intimate-leak", "math-font", "{script:scandal} ni Kaye Dimaculangan, yung sa dorm 😳 full vid sa pinned tweet ko"),
        (F, "intimate-leak", "split-hashtag", "Part 3 na mga lods 🔥 #Rhea_Manalastas_Scandal #pinay scandal #alter"),
        (F, "intimate-leak", "euphemism", "may bagong 'pampagising' ako dito mga lods, yung sa nurse ng Iloilo 😏 sa GC lang, DM para ma-add"),
        (F, "intimate-leak", "emoji-letters", "{negsq:HUBAD} pics ni Mikaela na pinost ng bf nya 😬 buong album nasa drive, link sa bio"),
        (F, "deepfake", "none", "may AI na nagtatanggal ng damit sa kahit anong pic, sinubukan ko sa pic ng officemate ko grabe parang totoo 😂 PM sa link"),
        (F, "deepfake", "homoglyph", "bot na ginagawang {homo:hubad} ang kahit sinong babae gamit AI 😈 send lang ng pic, libre 3 try"),
        (F, "deepfake", "small-caps", "{caps:ai nudes} ni Ate Joanna na newscaster, kamukhang-kamukha 🔥 ₱100 bawat pic, GCash"),
        (F, "request", "none", "sino may link ng video ni Trisha na taga-Diliman? pasend naman sa DM pls, di ko ikakalat"),
        (F, "request", "zero-width", "pa-{zw:send} naman ng {zw:scandal} ni Bea Salonga huhu nadelete na yung nasa FB"),
        (F, "request", "repeat", "penge linkkkkk ng video ng barista sa Katipunan 😩 sige naaaa"),
        (F, "request", "fullwidth", "{full:SINO MAY FULL VID} ni Czarina? pa-DM naman, magbabayad ako"),
        (F, "doxxing", "none", "Para sa mga nagtatanong kung sino yung nasa video: si Loida Panganiban, 23 Mabini St., Brgy. Poblacion, Tanauan. sa fastfood sa bayan sya nagwowork. puntahan nyo 😂"),
        (F, "doxxing", "mixed", "{sans:EXPOSED} yung b4b43 sa {leet:scandal}: si Shaira, Blk 5 Lot 12 Camella Homes, Bacoor. FB nya nasa comments"),
        (F, "doxxing", "combining", "{strike:ADDRESS} ni Jonalyn sa scandal: Purok 4, Brgy. Lahug, Cebu City. number nya nasa reply ko"),
        (F, "scam-dm", "none", "uy ikaw ba 'to?? 😳 pinapasa sa GC ng batch natin, tingnan mo bit.ly/ikawbato"),
        (F, "scam-dm", "spacing", "beh yung {sp:video} mo nasa FB group na 😬 i-check mo agad bago makita ng nanay mo tinyurl.com/vidmoto"),
        (F, "scam-dm", "math-font", "{double:scandal mo} trending sa isang site 😟 i-report mo dito bilis: cutt.ly/reportph"),
        (F, "scam-dm", "emoji-letters", "{ri:VIRAL} ka pala 😂 sino kasama mo dyan? shorturl.at/kSm9q"),
        (O, "benign-product", "none", "Leaked na daw yung bagong jersey ng Tondo Titans, ang ganda ng kulay 😍"),
        (O, "benign-product", "emoji-letters", "{sq:LEAKED} na yung specs ng bagong Bituin phone, 5G na at mura pa 📱"),
        (O, "benign-news", "none", "Lalaki sa Pampanga, inaresto dahil sa pagpapakalat ng pribadong video ng dating kasintahan; kinasuhan sa ilalim ng RA 9995"),
        (O, "benign-news", "math-font", "{bold:NAG-LEAK} na datos ng 1.2M miyembro ng isang kooperatiba, ayon sa NPC. Pinapayuhan ang lahat na magpalit ng password"),
        (O, "benign-household", "none", "may tagas yung tubo sa CR namin, buong gabi kaming nag-iipon ng tubig sa timba 😩"),
        (O, "benign-household", "repeat", "nag-leleakkkk na naman yung bubong natin ma, tatlong timba na 😭 tag-ulan pa lang"),
        (O, "benign-tech", "none", "nahanap ko na yung memory leak sa app natin, setInterval na hindi kinlear 🤦 tatlong araw yun"),
        (O, "benign-tech", "leet", "PSA sa mga dev: nag-l34k yung API key ko sa public repo, 2 oras lang may gumamit na. i-rotate agad!"),
        (O, "benign-tech", "homoglyph", "{homo:leaked} passwords check: punta kayo sa haveibeenpwned.com tapos palit agad"),
        (O, "benign-education", "none", "Kapag may nag-message ng 'ikaw ba 'to sa video?' na may link, WAG i-click. Phishing yan para makuha account mo."),
        (O, "benign-education", "spacing", "Libreng seminar: ano ang gagawin kapag may nagbanta na i-{dash:kalat} ang pribadong pics mo. Sabado, 2pm, Barangay Hall"),
        (O, "benign-education", "mixed", "Reminder: yung '{mono:FULL} {mono+zw:SCANDAL}' posts na may link ay scam o malware. Report, wag i-share 🙏"),
        (O, "benign-victim-help", "none", "pinost ng ex ko yung mga private pics ko sa isang GC 😞 nagreport na ko sa pulis pero paano ko ipapatanggal? may naka-experience na ba?"),
        (O, "benign-victim-help", "small-caps", "{caps:dati akong na-scandal}. ngayon, nakakangiti na ulit ako. kung ikaw ngayon yun, hindi mo kasalanan 💛"),
        (O, "benign-creator", "none", "bagong set sa page ko ngayon 🖤 ako kumuha, ako nag-edit, ako nag-post. link sa bio, wag kayo bibili sa mga fake na 'leak' page"),
        (O, "benign-creator", "euphemism", "may pa-spicy ako mamayang gabi sa MY page 🌶️ exclusive sa subs, ako mismo nag-upload 😘"),
        (O, "benign-other", "none", "full video ng recital ng pamangkin ko, walang cut, nasa YouTube na 🥹"),
        (O, "benign-other", "split-hashtag", "na-leak yung tracklist ng bagong album ng Dalampasigan 😭 #Dalampasigan_Leak #bagong album"),
        (O, "benign-other", "combining", "{zalgo:scandal} sa barangay: nilamon ng kambing yung sampayan ni Aling Nena 😂"),
        (O, "benign-other", "fullwidth", "{full:UNCENSORED} director's cut ng pelikulang 'Alon', sa sinehan lang ngayong linggo 🎬"),
    ],
    "hi": [
        (F, "intimate-leak", "none", "कॉलेज वाली सिमरन का प्राइवेट वीडियो लीक हो गया 😱 पूरा 4 मिनट का, लिंक बायो में, जल्दी देखो डिलीट होने से पहले"),
        (F, "intimate-leak", "leet", "N1sha K4p00r ka MM5 l34k h0 g4ya 🔥 full v1d t3l3gr4m p3, link b10 m3"),
        (F, "intimate-leak", "math-font", "{sans:desi MMS kand} 🔥 Jaipur wali teacher ka, uncut version group mein daal diya hai"),
        (F, "intimate-leak", "split-hashtag", "aaj ka sabse garam 🔥 #Ritika_Sehgal_MMS #viral kand #leaked"),
        (F, "intimate-leak", "euphemism", "masala content aaya hai naya, Lucknow wali gym trainer ka 😏 sirf VIP group mein, ₹199 entry"),
        (F, "intimate-leak", "zero-width", "अनन्या का {zw:लीक वीडियो} टेलीग्राम पर आ गया 🔥 पूरा वाला चाहिए तो DM करो"),
        (F, "deepfake", "none", "AI app se kisi bhi ladki ki photo se kapde hata do 😈 maine apni colleague pe try kiya, ekdum real lagta hai. link DM mein"),
        (F, "deepfake", "homoglyph", "Telegram bot jo kisi ki bhi DP ko {homo:nude} bana deta hai 😈 free trial: t.me/dp_badlo_bot"),
        (F, "deepfake", "fullwidth", "{full:AI NUDE EDIT} of anchor Pallavi Rao, bilkul asli jaisa 🔥 ₹50 per photo, UPI karo"),
        (F, "request", "none", "किसी के पास मेघा वाला वीडियो है क्या? DM में भेज दो यार, किसी को नहीं दिखाऊँगा"),
        (F, "request", "repeat", "bhaiiii koi link bhejooooo Tanya wale video ka 😩 sab group se hat gaya"),
        (F, "request", "small-caps", "{caps:koi daal do group me} Indore wali nurse ki leaked pics, bahut dhoondha nahi mila 😭"),
        (F, "request", "combining", "{strike:full video} chahiye Shreya ka jo kal viral hua, DM karo koi 🙏"),
        (F, "doxxing", "none", "video wali Komal Rawat ka number chahiye? bio mein daal diya hai, Noida ke college mein padhti hai, roz 8 baje Sector 18 se metro pakadti hai. kar do famous 😂"),
        (F, "doxxing", "mixed", "{caps:ghar ka pata} + {dot:number} of Ruchi from the {leet:leaked} clip 📍 Sector 21 Panchkula, H.No 1180. batao sabko"),
        (F, "doxxing", "spacing", "{sp:लीक} वाले वीडियो की लड़की नेहा सैनी है, पता: गली नं 5, शास्त्री नगर, मेरठ. भाई को भी बताओ 😂"),
        (F, "scam-dm", "none", "bhai ye tu hi hai na is video mein? 😳 hostel group mein ghoom raha hai, dekh le bit.ly/yetuhai2"),
        (F, "scam-dm", "emoji-letters", "{ri:VIDEO} tera viral ho gaya yaar 😬 sab dekh rahe hain, jaldi check kar tinyurl.com/teravid"),
        (F, "scam-dm", "math-font", "{mono:tera private video} kisi site pe tere naam se pada hai 😟 report kar jaldi cutt.ly/hatao-vid"),
        (F, "scam-dm", "none", "दीदी ये आप हो क्या इस वीडियो में? 😳 सब ग्रुप में शेयर हो रहा है, देखो bit.ly/ye-aap-ho"),
        (O, "benign-product", "none", "Nova 12 ka design leak ho gaya, is baar camera bump gol hai 😍 launch Diwali pe"),
        (O, "benign-product", "emoji-letters", "{negsq:LEAK} हुआ नए बाइक मॉडल 'Vayu 250' का पोस्टर, कीमत 2 लाख से कम 🏍️"),
        (O, "benign-news", "none", "पूर्व प्रेमिका की निजी तस्वीरें वायरल करने के आरोप में इंदौर से युवक गिरफ्तार, IT एक्ट के तहत मामला दर्ज"),
        (O, "benign-news", "math-font", "{bolditalic:DATA LEAK}: 50 lakh customers ka data online mila, CERT-In ne jaanch shuru ki"),
        (O, "benign-household", "none", "बाथरूम की पाइप से पानी लीक हो रहा है 😩 प्लंबर कल आएगा, तब तक बाल्टी ही सहारा"),
        (O, "benign-household", "repeat", "gas cylinder leakkkk kar raha tha subah 😨 shukar hai time pe pata chal gaya, sab theek hai"),
        (O, "benign-tech", "none", "3 din se memory leak dhoondh raha tha, nikla ek event listener jo kabhi remove hi nahi hua 🤦"),
        (O, "benign-tech", "leet", "PSA: API key public repo mein push mat karo, meri l34k hui aur 2 ghante mein ₹30k ka bill 💸"),
        (O, "benign-tech", "homoglyph", "apna password {homo:leak} hua ya nahi, haveibeenpwned.com pe check karo aur 2FA on karo"),
        (O, "benign-education", "none", "अगर कोई मैसेज करे 'ये तुम हो क्या वीडियो में?' और लिंक भेजे, तो क्लिक मत करना। ये फ़िशिंग है, अकाउंट हैक करने के लिए।"),
        (O, "benign-education", "mixed", "कार्यशाला: अगर कोई आपकी {zw:निजी} तस्वीरें {full:LEAK} करने की धमकी दे तो क्या करें। शनिवार 11 बजे, ज़िला पुस्तकालय"),
        (O, "benign-education", "small-caps", "{caps:deepfake nudes} banana crime hai, mazaak nahi. kisi ke saath ho to cybercrime.gov.in pe report karo"),
        (O, "benign-victim-help", "none", "mere ex ne meri photos ek group mein daal di 😞 FIR kar di hai, par unhe hatwaun kaise? kisi ko pata ho to batao please"),
        (O, "benign-victim-help", "combining", "2 साल पहले मेरा {zalgo:MMS} बताकर किसी और का वीडियो फैलाया गया था। आज मैं ठीक हूँ। आप अकेले नहीं हो 💛"),
        (O, "benign-creator", "none", "naya photoshoot upload kar diya apne page pe 🖤 khud shoot kiya, khud edit kiya. full video subscribers ke liye, link bio mein"),
        (O, "benign-creator", "split-hashtag", "thank you 10k fam 🥹 exclusive behind the scenes mere page pe #MeraContent #link bio mein"),
        (O, "benign-other", "none", "भतीजी के स्कूल फंक्शन का पूरा वीडियो बिना कट के यूट्यूब पर डाल दिया है 🥹"),
        (O, "benign-other", "euphemism", "masala video of the day: maa ki secret garam masala recipe 😂🌶️ full video YouTube pe"),
        (O, "benign-other", "spacing", "naye gaane ka {dash:leak} ho gaya release se pehle 😭 band Raahi Express ka, phir bhi badhiya hai"),
        (O, "benign-other", "zero-width", "{zw:full video} dekho hamare gaon ki shaadi ka, dhol wala scene 🔥😂"),
    ],
}

_TLDS = "me|ly|nz|com|org|in|gov|fr|de|id|ph|br|at|cc|ee|gg|io|co|to|click|link|app|net|es|mx|pt"
_LINK = re.compile(rf"(?:https?://)?((?:[A-Za-z0-9-]+\.)+(?:{_TLDS})(?:/[^\s]*)?)(?![\w.])")


def hashtags_of(text: str) -> list[str]:
    """What X and Reddit would take as hashtags: letters, marks, digits and '_' after '#'."""
    tags = []
    for m in re.finditer(r"#([^\s#]+)", text):
        tag = ""
        for ch in m.group(1):
            cat = unicodedata.category(ch)
            if cat[0] in "LMN" or ch in "_\u200c\u200d":
                tag += ch
            else:
                break
        if tag and not tag.isdigit():
            tags.append(tag)
    return tags


def links_of(text: str) -> list[str]:
    return [m.group(1).rstrip(".,)") for m in _LINK.finditer(text)]


def build() -> list[dict]:
    rows = []
    for lang, posts in POSTS.items():
        for n, (label, category, obfuscation, raw) in enumerate(posts, 1):
            text = render(raw)
            rows.append({
                "id": f"blind-{lang}-{n:02d}", "text": text, "hashtags": hashtags_of(text), "links": links_of(text),
                "lang": lang, "label": label, "category": category, "obfuscation": obfuscation,
            })
    return rows


if __name__ == "__main__":
    import os
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind.jsonl")
    rows = build()
    for r in rows:
        assert 5 <= len(r["text"]) <= 280, (r["id"], len(r["text"]))
        assert "{" not in r["text"] and r["text"] == r["text"].strip(), r["id"]
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} posts to {out}")
