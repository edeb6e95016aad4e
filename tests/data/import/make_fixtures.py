#!/usr/bin/env python3
"""Regenerate the bulk-import CSV fixtures byte for byte.

Run from anywhere:  python3 tests/data/import/make_fixtures.py
The files imitate how Excel and LibreOffice Calc save CSV in en-US, es-ES
and fr-FR. See README.md next to this script.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEADERS = {
    "en": ["First name", "Last name", "Email", "Phone", "Access method", "Keys",
           "Resident", "May share", "Start", "Expiration"],
    "es": ["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Método de acceso",
           "Llaves", "Residente", "Puede compartir", "Inicio", "Vencimiento"],
    "fr": ["Prénom", "Nom", "E-mail", "Téléphone", "Méthode d'accès", "Clés",
           "Résident", "Peut partager", "Début", "Date d'expiration"],
}
METHOD = {
    "en": {"app": "App", "doorcode": "Doorcode"},
    "es": {"app": "Aplicación", "doorcode": "Código"},
    "fr": {"app": "Application", "doorcode": "Code de porte"},
}

# The 4 people. Dates are (year, month, day) or None.
PEOPLE = [
    dict(first="Ana", last="García", email="ana.garcia@example.com",
         phone_en="(312) 555-0101", phone_intl="+1 312 555 0101", e164="+13125550101",
         method="app", keys_comma="Lobby, Gym", keys_semi="Lobby, Gym",
         keys=["Gym", "Lobby"], resident=True, share=True,
         start=None, exp=(2027, 1, 31)),
    dict(first="Bo", last='O"Neil', email="bo.oneil@example.com",
         phone_en="", phone_intl="", e164=None,
         method="doorcode", keys_comma="Lobby", keys_semi="Lobby",
         keys=["Lobby"], resident=False, share=False,
         start=(2027, 1, 2), exp=(2027, 6, 30)),
    dict(first="Hélène", last="Lefèvre-Cœur", email="helene@example.fr",
         phone_en="", phone_intl="", e164=None,
         method="app", keys_comma="Unit 101", keys_semi="Unit 101",
         keys=["Unit 101"], resident=True, share=False,
         start=None, exp=None),
    dict(first="José", last="Núñez", email="jose.nunez@example.es",
         phone_en="+34 612 345 678", phone_intl="+34 612 345 678", e164="+34612345678",
         method="app", keys_comma="Lobby; Unit 101", keys_semi="Lobby\nUnit 101",
         keys=["Lobby", "Unit 101"], resident=False, share=True,
         start=None, exp=(2027, 12, 31)),
]

# Date writers
def mdyyyy(d):   return f"{d[1]}/{d[2]}/{d[0]}"                 # Excel en-US  1/31/2027
def dmmyyyy(d):  return f"{d[2]}/{d[1]:02d}/{d[0]}"             # Excel es-ES  2/01/2027
def ddmmyyyy(d): return f"{d[2]:02d}/{d[1]:02d}/{d[0]}"         # fr           02/01/2027
def mmddyy(d):   return f"{d[1]:02d}/{d[2]:02d}/{d[0] % 100:02d}"  # LO en-US  01/31/27
def ddmmyy(d):   return f"{d[2]:02d}/{d[1]:02d}/{d[0] % 100:02d}"  # LO es-ES  31/01/27

# name: (lang, encoding, bom, sep, eol, date fn, (true, false), quote_all_text)
FILES = {
    "excel-en.csv":       ("en", "utf-8",  True,  ",", "\r\n", mdyyyy,   ("Yes", "No"),   False),
    "excel-es.csv":       ("es", "cp1252", False, ";", "\r\n", dmmyyyy,  ("Sí", "No"),    False),
    "excel-fr.csv":       ("fr", "cp1252", False, ";", "\r\n", ddmmyyyy, ("Oui", "Non"),  False),
    "libreoffice-en.csv": ("en", "utf-8",  False, ",", "\n",   mmddyy,   ("TRUE", "FALSE"), False),
    "libreoffice-es.csv": ("es", "utf-8",  False, ",", "\n",   ddmmyy,   ("VERDADERO", "FALSO"), False),
    "libreoffice-fr.csv": ("fr", "utf-8",  False, ";", "\n",   ddmmyyyy, ("VRAI", "FAUX"), True),
}


def cell(value, sep, text, quote_all_text):
    """Quote like Excel/Calc: only when needed, or every non-empty text cell
    when Calc's "Quote all text cells" is on (dates/booleans are not text)."""
    needs = sep in value or '"' in value or "\n" in value or "\r" in value
    if needs or (quote_all_text and text and value != ""):
        return '"' + value.replace('"', '""') + '"'
    return value


def rows_for(name):
    lang, _enc, _bom, sep, _eol, datefn, (yes, no), _qa = FILES[name]
    # (value, is_text) pairs
    rows = [[(h, True) for h in HEADERS[lang]]]
    for p in PEOPLE:
        phone = p["phone_en"] if lang == "en" else p["phone_intl"]
        keys = p["keys_semi"] if sep == ";" else p["keys_comma"]
        rows.append([
            (p["first"], True), (p["last"], True), (p["email"], True), (phone, True),
            (METHOD[lang][p["method"]], True), (keys, True),
            ((yes if p["resident"] else no), name.startswith("excel")),  # Excel keeps Yes/No as text
            ((yes if p["share"] else no), name.startswith("excel")),
            ((datefn(p["start"]) if p["start"] else ""), False),
            ((datefn(p["exp"]) if p["exp"] else ""), False),
        ])
    return rows


def render(name):
    _lang, enc, bom, sep, eol, _d, _b, quote_all = FILES[name]
    text = "".join(sep.join(cell(v, sep, t, quote_all) for v, t in row) + eol
                   for row in rows_for(name))
    data = text.encode(enc)
    return (b"\xef\xbb\xbf" + data) if bom else data


def expected():
    iso = lambda d: f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}" if d else None
    return [dict(firstName=p["first"], lastName=p["last"], email=p["email"],
                 phoneE164=p["e164"], method=p["method"], keys=sorted(p["keys"]),
                 resident=p["resident"], mayShare=p["share"],
                 startDate=iso(p["start"]), expirationDate=iso(p["exp"]))
            for p in PEOPLE]


def main():
    for name in FILES:
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(render(name))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
