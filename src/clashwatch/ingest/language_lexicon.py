"""Common function words per language, and script names, for the cheap language check.

Kept apart from the logic in `language.py`. Each list holds a language's most frequent
short words (articles, pronouns, prepositions, conjunctions, auxiliaries): together they
make up 30-50% of running text in that language, and almost none of them is an English
word, so their share tells the language of a text without any model. Words that are
also English ("a", "in", "on", "no", "die", "was") are removed in `language.py`.
To add a language: add its lower-case words here under its English name.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = _words("""
the of and to in is was that for on with as by at from it his her their they he she
have has had been were are be this which who not but an or will would said after its
also there when more than into about over up out two one three all we our you can
""")

OTHER_LANGUAGES: dict[str, frozenset[str]] = {
    "French": _words("""
        le la les des du de un une et est dans pour par sur qui que pas au aux avec ce
        cette ces il elle ils ont été sont selon plus ne se sa son ses leur après lors
        entre mais où être fait deux trois depuis contre été tués blessés
    """),
    "Spanish": _words("""
        el la los las del de un una y es en para por con que se su sus al lo como más
        pero fue han sido según entre tras desde contra muertos heridos dos tres este
        esta estos hay muy también
    """),
    "Portuguese": _words("""
        o os as da das do dos um uma e é em para por com que se sua seu ao não mais
        foi foram pelo pela segundo entre após desde contra mortos feridos dois três
        este esta também muito
    """),
    "Italian": _words("""
        il lo la gli le dei delle della del di un una e è in per con che si suo sua
        al alla non più sono stato stati secondo tra dopo contro morti feriti due tre
        questo questa anche nel nella
    """),
    "German": _words("""
        der die das den dem des ein eine einen und ist in im für von mit auf sich
        nicht auch bei nach wurde wurden sind hat haben zu zum zur aus dass wie oder
        aber noch getötet verletzt zwei drei gegen seit
    """),
    "Dutch": _words("""
        de het een en van in is op te dat die voor met zijn niet aan er maar om ook
        als bij door naar werd worden zijn heeft hebben uit nog tegen sinds twee drie
        gedood gewond
    """),
    "Turkish": _words("""
        ve bir bu da de ile için olarak olan daha çok en gibi ama sonra kadar göre
        iki üç şehit öldü yaralandı tarafından ise değil ancak
    """),
    "Polish": _words("""
        i w na z się nie do to że jest o jak po od za przez dla są był była było
        został zostało zginęło rannych dwóch trzech także oraz
    """),
    "Indonesian": _words("""
        yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan oleh
        telah sudah juga atau karena tewas luka dua tiga mereka
    """),
    "Russian": _words("""
        и в во не на что с со как а по но к у из за от о об же для до при было был
        была были это его ее их они он она также после погибли ранены два три
    """),
    "Ukrainian": _words("""
        і й та в у на що з із як а по але до від за для при було був була були це
        його її їх вони він вона також після загинули поранені два три
    """),
}

# Unicode script (first word of a letter's character name) -> the name we report.
SCRIPT_NAMES: dict[str, str] = {
    "CYRILLIC": "Cyrillic script", "ARABIC": "Arabic script", "HEBREW": "Hebrew script",
    "GREEK": "Greek script", "ARMENIAN": "Armenian script", "GEORGIAN": "Georgian script",
    "DEVANAGARI": "Devanagari script", "BENGALI": "Bengali script", "THAI": "Thai script",
    "CJK": "Chinese characters", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
    "HANGUL": "Korean", "ETHIOPIC": "Ethiopic script", "TAMIL": "Tamil script",
    "GURMUKHI": "Gurmukhi script", "MYANMAR": "Myanmar script", "KHMER": "Khmer script",
}
