"""Words that name the parts of a ToR, in English, French and Spanish, as regular-expression fragments."""

from __future__ import annotations

import re

# Section kinds, each recognised by the start or the gist of a heading. Order matters: the first
# kind whose pattern matches a heading wins, so narrower kinds come before broader ones.
SECTION_KINDS: tuple[tuple[str, str], ...] = (
    (
        # other posts a job page lists beside this one ("Similar jobs"): no part of this ToR
        "elsewhere",
        r"(?:similar|related|other(?:\s+current)?(?:\s+jpo)?)\s+(?:jobs|vacancies|positions|posts|opportunities|offers)"
        r"|(?:autres\s+)?offres\s+(?:d['’]emploi\s+)?similaires|autres\s+(?:offres|postes|avis\s+de\s+vacance)"
        r"|(?:vacantes|empleos|ofertas|puestos)\s+similares|otr[oa]s\s+(?:vacantes|ofertas|convocatorias|puestos)"
        r"|other\s+open\s+(?:calls|jobs|vacancies|positions|posts)|autres\s+(?:appels|campagnes)\s+ouvert|you\s+may\s+also\s+(?:like|be\s+interested)"
        r"|convocatorias\s+relacionadas|tambi[ée]n\s+(?:te|le)\s+puede[n]?\s+interesar|related\s+calls"
        r"|vous\s+pourriez\s+(?:aussi|[ée]galement)\s+(?:aimer|[êe]tre\s+int[ée]ress[ée])"
        # a social post's reactions and comment thread under the notice
        r"|like\s+comment\s+(?:repost|share)|(?:most\s+(?:relevant|recent)|all\s+comments|comments?|commentaires"
        r"|comentarios)\W*$",
    ),
    (
        "documents",
        r"(?:required\s+)?(?:application\s+)?documents|pi[eè]ces|dossier\s+de\s+candidature"
        r"|(?:dossier|documents?)\s+[àa]\s+(?:envoyer|fournir|joindre|d[ée]poser|constituer|pr[ée]parer)"
        r"|[àa]\s+(?:pr[ée]parer|fournir|joindre)$"
        # "What to send", "Qué enviar", "Quoi envoyer"
        r"|what\s+to\s+(?:send|submit|include|upload)|qu[ée]\s+(?:enviar|adjuntar|presentar)"
        r"|(?:quoi|que)\s+(?:envoyer|joindre|fournir)"
        r"|applications?\s+(?:must|should)\s+(?:include|contain)|(?:please\s+)?(?:attach|submit)\s+the\s+following"
        r"|what\s+(?:do\s+)?you\s+need\s+to\s+(?:upload|submit|attach|send)|what\s+(?:to|should\s+you)\s+(?:upload|submit|attach)"
        r"|documentos?(?:\s+(?:requeridos|a\s+presentar|necesarios))?|(?:solicitudes\s+y\s+)?documentaci[óo]n",
    ),
    (
        "programme",
        r"general\s+(?:requirements|conditions)|eligibility|criteria|conditions\s+g[ée]n[ée]rales"
        # a translated Korean notice's "Application qualification", its "Common qualifications"
        r"|application\s+qualifications?|common\s+qualifications?"
        r"|requisitos\s+generales|exigences\s+g[ée]n[ée]rales"
        r"|conditions\s+(?:of|for|du|de|des|d['’])|[ée]ligibilit[ée]"
        r"|crit[eè]res|requirements\s+for\s+the\s+jpo|programme\s+requirements"
        # "Requirements of the German JPO Programme", "Exigences du programme JEA"
        r"|(?:requirements|exigences|conditions)\s+(?:of|for|du|de|des)\s+(?:the\s+|la\s+|l['’]\s*)?"
        r"(?:[\w-]+\s+){0,3}?(?:jpo|jea|apo|junior\s+professional|associate\s+expert|programm?e)\b"
        r"|are\s+you\s+eligible|who\s+(?:can|may|is\s+eligible\s+to)\s+apply|who\s+is\s+eligible"
        # "China JPO Programme - eligibility requirements": the programme named first
        r"|.*\b(?:jpo|jea|apo)\s+programm?e\b.{0,20}?\b(?:eligibility|requirements|conditions|criteria|rules)\b"
        r"|[êe]tes[\s-]vous\s+[ée]ligible|qui\s+peut\s+(?:postuler|candidater)"
        r"|elegibilidad|requisitos\s+(?:formales\s+)?(?:de\s+(?:elegibilidad|admisibilidad|la\s+convocatoria)|del\s+programa)"
        r"|criterios|(?:formal\s+requirements|exigences\s+formelles)\s+(?:of|du|de)\s+(?:the\s+|la\s+|l['’]\s*)?programm?e"
        # a call's own requirements, as Spanish resolutions name them
        r"|requisitos\s+de\s+(?:las|los)\s+(?:personas\s+)?(?:candidatas|aspirantes|solicitantes)"
        r"|conditions\s+de\s+l['’]appel|requirements\s+of\s+the\s+call"
        r"|condiciones\s+(?:generales|de\s+(?:elegibilidad|participaci[óo]n))|qui[ée]n\s+puede\s+postular"
        r"|cumples?\s+(?:con\s+)?(?:los|estos)\s+requisitos|remplissez[\s-]vous\s+les\s+conditions"
        # an age limit's own heading: "Y a-t-il une limite d'âge ?", "Age limit"
        r"|(?:y\s+a[\s-]t[\s-]il\s+une\s+)?limite\s+d['’]\s*[âa]ge|(?:is\s+there\s+an\s+)?age\s+limit|l[íi]mite\s+de\s+edad"
        # Inspira's "Special Notice", where a JPO post states its donor's conditions
        r"|special\s+notice|avis\s+sp[ée]cial|aviso\s+especial",
    ),
    (
        "how_to_apply",
        r"how\s+to\s+apply|application\s+process|to\s+apply|comment\s+postuler"
        r"|proc[ée]dure\s+de\s+candidature|candidature|how\s+(?:do|can)\s+(?:i|you)\s+apply"
        r"|c[óo]mo\s+(?:postular|aplicar|presentar|solicitar)|proceso\s+de\s+(?:postulaci[óo]n|solicitud)"
        r"|postulaci[óo]n|presentaci[óo]n\s+de\s+(?:candidaturas|solicitudes)",
    ),
    (
        "learning",
        r".*\blearning\b|.*\btraining\s+component|.*apprentissage|.*formation\s+et\s+d"
        r"|[ée]l[ée]ments\s+de\s+formation|what\s+(?:will|would|do)\s+you\s+(?:learn|gain)|.*aprendizaje"
        r"|ce\s+que\s+vous\s+(?:apprendrez|allez\s+apprendre)|(?:lo\s+)?(?:qu[ée]\s+)?aprender[áa]s?\b|vous\s+apprendrez"
        r"|ce\s+que\s+(?:le\s*/\s*la|le|la|l['’])\s*[\w-]+\s+(?:apprendra|va\s+apprendre)"
        r"|what\s+the\s+(?:jpo|associate\s+expert|incumbent|officer)\s+will\s+(?:learn|gain)"
        # "Ce que ce poste vous apportera", "What this assignment will give you"
        r"|ce\s+que\s+(?:ce\s+poste|le\s+poste|cette\s+affectation|cette\s+exp[ée]rience)\s+vous\s+apportera"
        # the same as a question: "Que vous apportera ce poste ?", "¿Qué te aportará este puesto?"
        r"|que\s+vous\s+apportera\s+(?:ce|le|cette)\s+(?:poste|affectation|exp[ée]rience)"
        r"|qu[ée]\s+(?:te|le)\s+aportar[áa]\s+(?:este|el|esta|la)\s+(?:puesto|cargo|experiencia|asignaci[óo]n)"
        r"|what\s+will\s+(?:this|the)\s+(?:post|position|assignment)\s+(?:give|bring|offer)\s+you"
        r"|elementos\s+formativos|componentes?\s+formativos?|[ée]l[ée]ments\s+formateurs"
        r"|elementos\s+de\s+(?:formaci[óo]n|aprendizaje)"
        # the training offered to the JPO, not the degree asked: "Formation proposée au JEA"
        r"|formation\s+(?:propos[ée]e|offerte|dispens[ée]e|pr[ée]vue)|formaci[óo]n\s+(?:ofrecida|prevista)"
        r"|formaci[óo]n\s+que\s+(?:recibir[áa]|se\s+ofrece)|formation\s+que\s+(?:vous\s+)?recevr"
        r"|what\s+you\s+will\s+(?:learn|gain)|what['’]s\s+in\s+it\s+for\s+you"
        r"|qu['’]\s*apprendrai[\s-]je|qu[ée]\s+aprender[ée]|what\s+will\s+i\s+learn"
        r"|what\s+this\s+(?:post|position|assignment)\s+will\s+(?:give|bring)\s+you"
        r"|lo\s+que\s+(?:este\s+puesto|esta\s+asignaci[óo]n)\s+te\s+(?:aportar[áa]|ofrecer[áa])",
    ),
    (
        "duties",
        r".*\b(?:duties|responsibilities|functions|tasks|accountabilities|job\s+description"
        r"|scope\s+of\s+work|what\s+you\s+will\s+do)\b"
        r"|what\s+(?:will|would)\s+(?:you|the\s+(?:jpo|associate\s+expert|incumbent|officer))\s+(?:be\s+)?do(?:ing)?"
        r"|what\s+the\s+(?:jpo|associate\s+expert|incumbent|officer)\s+will\s+(?:be\s+)?do(?:ing)?"
        r"|your\s+(?:role|tasks|main\s+tasks)\b"
        r"|.*(?:fonctions|responsabilit[ée]s|t[âa]ches|attributions)|que\s+ferez[\s-]vous|votre\s+r[ôo]le"
        # "Missions principales", "Principales missions", "Missions du poste": the French for duties
        r"|missions\s+(?:principales|du\s+poste|et\s+activit[ée]s)|principales\s+missions|missions$"
        r"|activit[ée]s\s+principales|principales\s+activit[ée]s|actividades\s+principales|principales\s+actividades"
        r"|(?:main|key|principal)\s+activities|(?:vos|tes|sus|tus)\s+(?:missions|misiones)$"
        r"|(?:votre|ta|your|su|tu)\s+(?:mission|misi[óo]n)$"
        r"|(?:voici\s+)?ce\s+que\s+vous\s+(?:ferez|allez\s+faire)|(?:esto\s+es\s+)?lo\s+que\s+(?:har[áa]s|usted\s+har[áa])"
        # a candidate's own questions: "Que ferai-je au quotidien ?", "¿Qué haré?", "What will I do?"
        r"|que\s+ferai[\s-]je|qu[ée]\s+har[ée]\b|what\s+will\s+i\s+(?:be\s+)?do(?:ing)?"
        # "Your day-to-day", "Au quotidien", "Tu día a día"
        r"|(?:your|the\s+jpo['’]s)\s+day[\s-]to[\s-]day|(?:votre\s+)?(?:travail\s+)?au\s+quotidien|tu\s+d[íi]a\s+a\s+d[íi]a"
        # "¿En qué consiste el puesto?", "En quoi consiste le poste ?", "What does the job involve?"
        r"|en\s+qu[ée]\s+consiste\s+(?:el|la|tu|su)\s+(?:puesto|posici[óo]n|trabajo|cargo|funci[óo]n)"
        r"|en\s+quoi\s+consiste(?:ra)?\s+(?:le|la|votre)\s+(?:poste|mission|travail|fonction)"
        r"|what\s+(?:does|will)\s+the\s+(?:job|post|position|role|assignment)\s+involve"
        r"|.*(?:funciones|responsabilidades|tareas)|descripci[óo]n\s+del\s+puesto|qu[ée]\s+har[áa](?:s|\s+usted)?"
        # "Que fera le/la JPO ?", "¿Qué hará el/la JPO?"
        r"|que\s+fera\s+(?:le\s*/\s*la|le|la|l['’])\s*[\w-]+|qu[ée]\s+har[áa]\s+(?:el\s*/\s*la|el|la)\s+[\w-]+"
        # UNICEF's careers pages: "How can you make a difference?"
        r"|how\s+can\s+you\s+make\s+a\s+difference|comment\s+(?:pouvez[\s-]vous|allez[\s-]vous)\s+faire\s+la\s+diff[ée]rence"
        r"|c[óo]mo\s+(?:puedes|puede(?:\s+usted)?)\s+marcar\s+la\s+diferencia",
    ),
    (
        "competencies",
        r"(?:[\w-]+\s+){0,2}?comp[ée]tenc(?:ies|es|y)\b(?!\s+(?:and|et)\s+)"
        r"|(?:[\w-]+\s+){0,2}?competencias\b(?!\s+y\s+)"
        r"|(?:[\w-]+\s+){0,3}?capabilit(?:ies|y)\b"  # WFP's word: "4Ps core organizational capabilities"
        r"|core\s+values|for\s+every\s+child,?\s+you\s+demonstrate|pour\s+chaque\s+enfant,?\s+vous\s+(?:d[ée]montrez|faites\s+preuve)"
        r"|(?:por|para)\s+cada\s+niñ[oa](?:\s+y\s+(?:cada\s+)?niñ[oa])?,?\s+(?:usted\s+)?demuestra",
    ),
    (
        "education",
        r"education|academic|(?:formation|dipl[ôo]mes?|[ée]tudes)\b|educaci[óo]n|formaci[óo]n\b"
        r"|estudios|t[íi]tulos?\s+(?:universitario|acad[ée]mico)",
    ),
    ("experience", r"(?:work|professional|desirable|relevant)?\s*exp[ée]rience|experiencia"),
    (
        "languages",
        r"languages?|langues?|language\s+skills|connaissances\s+linguistiques|idiomas?|lenguas?"
        r"|conocimientos\s+ling[üu][íi]sticos",
    ),
    # "Qualifications, Experience and Language Skills" opens with the qualifications: not a skills section
    (
        "skills",
        r"(?!qualifications\b).*skills|competencies\s+and\s+skills|.*aptitudes|other\s+requirements|habilidades",
    ),
    (
        "qualifications",
        r".*qualifications|.*profil|.*requirements|what\s+you\s+(?:bring|need|offer)|you(?:['’]ll)?\s+bring"
        r"|ce\s+que\s+vous\s+apportez|lo\s+que\s+aportas"
        r"|what\s+we\s+(?:look|are\s+looking)\s+for|your\s+profile|your\s+background|about\s+you\b"
        r"|who\s+(?:we\s+are|are\s+we)\s+looking\s+for|what\s+(?:do\s+)?you\s+need|.*requisitos"
        r"|.*perfil|[cq]ualificaciones|calificaciones|a\s+qui[ée]n\s+buscamos|qui\s+recherchons"
        r"|to\s+qualify\b|pour\s+(?:vous\s+)?qualifier|para\s+(?:calificar|cualificar)"
        r"|qu[ée]\s+(?:necesitas|se\s+requiere)|ce\s+dont\s+vous\s+avez\s+besoin|ce\s+qu['’]il\s+vous\s+faut",
    ),
    (
        "supervision",
        r"supervision|title\s+of\s+supervisor|content\s+and\s+methodology"
        r"|encadrement|evaluation|supervisi[óo]n"
        # "Qui sera mon ou ma responsable ?", "Who will be my supervisor?", "¿Quién será mi jefe/a?"
        r"|qui\s+sera\s+mon|who\s+will\s+(?:be\s+my|supervise)|qui[ée]n\s+ser[áa]\s+mi",
    ),
    (
        "background",
        r"background|context|about|informations?\s+g[ée]n[ée]rales\s+sur"
        r"|contexte|history|mission|antecedentes|contexto|acerca\s+de|sobre\s+(?:el|la|nosotros)",
    ),
    (
        "general",
        r"general\s+information|informations?\s+g[ée]n[ée]rales|position\s+information|informaci[óo]n\s+general"
        r"|datos\s+(?:del|generales)",
    ),
    ("closing", r"closing\s+date|deadline|date\s+limite|fecha\s+(?:l[íi]mite|de\s+cierre)|plazo"),
    ("diversity", r"workforce\s+diversity|diversity|diversit[ée]|diversidad"),
    (
        "offer",
        r"what\s+we\s+offer|we\s+offer|conditions\s+of\s+service|remuneration|benefits|ce\s+que\s+nous\s+offrons"
        r"|(?:lo\s+que\s+)?ofrecemos|condiciones\s+de\s+(?:servicio|empleo)",
    ),
    # a presentation's last slide, a page's contact box: no part of the post ("Questions ?", "¿Preguntas?")
    (
        "contact",
        r"(?:(?:vos|your|any|sus)\s+)?(?:questions|preguntas)$|contact(?:s|o|ez[\s-]nous)?$|q\s*&\s*a$",
    ),
)

# One pattern for all kinds, tried in their order (an alternation takes the first that matches): a
# heading is matched once, not once per kind
_ANY_SECTION = re.compile(
    "^(?:" + "|".join(f"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(SECTION_KINDS)) + ")",
    re.IGNORECASE,
)


_CONTRACTED = {"ll": " will", "re": " are", "ve": " have", "d": " would"}
_CONTRACTION = re.compile(r"(?<=[A-Za-z])['’](ll|re|ve|d)\b", re.IGNORECASE)


def section_kind(heading: str) -> str | None:
    """The kind of section a heading opens, or None when it names no known kind."""
    text = heading.strip(" :.-–?¿¡!…")
    if "'" in text or "’" in text:  # "WHAT YOU'LL DO": the words the vocabulary spells out
        text = _CONTRACTION.sub(lambda m: _CONTRACTED[m.group(1).casefold()], text)
    _, mark, named = text.partition("?")
    if mark and named.strip() and (kind := section_kind(named)) is not None:
        return kind  # "¿Puedes presentarte? Requisitos del programa AECID": the name after the question
    m = _ANY_SECTION.match(text)
    return SECTION_KINDS[int(m.lastgroup[1:])][0] if m is not None and m.lastgroup else None


# Labels of "Label: value" lines, by field. Each is matched against the whole label.
LABELS: dict[str, str] = {
    "title": r"(?:(?:jpo|post|posting|job|position|vacancy|functional|official|working)\s+)*title|position"
    r"|title\s+of\s+the\s+(?:post|position|assignment)"
    r"|titre(?:\s+du\s+poste)?|titre\s+fonctionnel(?:\s+du\s+(?:jpo|jea|poste))?|intitul[ée](?:\s+du\s+poste)?|poste|fonction|emploi|intitul[ée]\s+de\s+la\s+fonction"
    r"|t[íi]tulo(?:\s+del\s+puesto)?|puesto|cargo|(?:denominaci[óo]n|nombre)\s+del\s+puesto"
    r"|(?:position|post|job)\s+name",
    "reference": r"(?:[\w'’-]+\s+){0,4}reference\s+(?:number|no\.?)\s+(?:for|of)\s+(?:this|the)"
    r"\s+(?:post|position)"
    r"|(?:[A-Z][\w-]{1,10}\s+){0,2}(?:post|vacancy|position|job|requisition|va|tor)(?:\s+notice)?"
    r"\s*(?:number|no\.?|n[°o]|#|id|code|reference|ref\.?|notice)|reference(?:\s+(?:number|no\.?))?"
    r"|(?:[A-Z][\w-]{1,10}\s+){0,2}(?:reference|ref\.?)(?:\s*(?:number|no\.?))?|(?:(?:donor|[A-Z][\w-]{1,10})\s+){0,3}file\s+(?:no\.?|number)"
    r"|(?:[A-Z][\w-]{1,10}\s+){1,2}file"
    # "Host organisation post no.", "Agency vacancy number"
    r"|(?:host\s+)?(?:organi[sz]ation|agency)(?:['’]s)?\s+(?:post|vacancy|position|reference)\s*(?:no\.?|number|ref\.?)?"
    r"|requisition|(?:r[ée]f[ée]rence|r[ée]f\.)(?:\s+[A-Z][\w-]{1,10})?|r[ée]f[ée]rence\s+de\s+l['’]\s*(?:avis|offre|annonce)"
    r"|(?:r[ée]f[ée]rence|r[ée]f\.?)\s+(?:(?:du|de\s+la)\s+(?:poste|vacance|offre)|de\s+l['’]\s*(?:offre|avis|annonce))"
    r"|avis(?:\s+[A-Z][\w-]{1,10})?\s+n[°o]\.?|(?:num[ée]ro|n[°o]\.?)\s+d['’]\s*(?:affichage|offre)|requisici[óo]n(?:\s+[A-Z][\w-]{1,10})?"
    r"|identificaci[óo]n(?:\s+del\s+puesto)?|c[óo]d\.|c[óo]digo(?:\s+(?:del\s+puesto|de\s+(?:la\s+)?(?:vacante|convocatoria)))?"
    r"|(?:num[ée]ro|n[°o]\.?)\s+(?:d[ue]\s+poste|de\s+(?:la\s+)?demande|de\s+l['’]avis(?:\s+de\s+vacance)?|de\s+l['’](?:offre|annonce|emploi))(?:\s+[A-Z][\w-]{1,10})?"
    r"|n[°o]\.?\s+d['’]\s*avis(?:\s+de\s+vacance)?(?:\s+[A-Z][\w-]{1,10})?|id\s+de\s+la\s+vacante|id\s+(?:du\s+poste|de\s+l['’]offre)|poste\s+n[°o]\.?|(?:num[ée]ro|n[úu]mero|n[°o]\.?)\s+de\s+r[ée]quisition|(?:n[úu]mero|n\.?\s*[°º]\.?)\s+de\s+requisici[óo]n"
    r"|code\s+de\s+(?:l['’]\s*avis(?:\s+de\s+vacance)?|la\s+vacance|l['’]\s*offre|(?:du\s+)?poste)(?:\s+[A-Z][\w-]{1,10})?|identifiant\s+(?:de\s+l'offre|du\s+poste)"
    r"|avis\s+de\s+vacance(?:\s+(?:de\s+poste\s+)?(?:n[°o]\.?|num[ée]ro))?(?:\s+[A-Z][\w-]{1,10})?"
    r"|(?:anuncio|aviso)\s+n\.?\s*[°ºo]\.?(?:\s+[A-Z][\w-]{1,10})?|aviso\s+de\s+vacante(?:\s+especial)?(?:\s+(?:n\.?\s*[°ºo]\.?|n[úu]mero))?(?:\s+[A-Z][\w-]{1,10})?"
    r"|job\s+opening(?:\s+(?:number|id|no\.?))?|(?:[A-Z][\w-]{1,10}\s+)?vacancy\s+announcement(?:\s+(?:number|no\.?))?"
    r"|posting\s*(?:no\.?|number|id)|(?:[A-Z][\w-]{1,10}\s+)?req(?:uisition)?\.?\s*(?:id|no\.?|number)|job\s+(?:id|code|no\.?|number|identification)(?:\s+[A-Z][\w-]{1,10}){0,2}"
    r"|(?:n[úu]mero|n\.?[°ºo]\.?)\s+de\s+(?:la\s+)?(?:vacante|convocatoria|referencia|puesto|empleo|publicaci[óo]n|posici[óo]n|solicitud|anuncio|aviso"
    r"|plaza)"
    r"(?:\s+(?:de\s+la\s+|del\s+|de\s+)?[A-Z][\w-]{1,10})?"
    r"|c[óo]digo(?:\s+de\s+(?:la\s+)?(?:vacante|plaza|puesto))?(?:\s+[A-Z][\w-]{1,10})?"
    r"|referencia(?:\s+(?:de\s+la\s+vacante|n[°º.o]?|[A-Z][\w-]{1,10}))?"
    # a form's "Referencia interna del organismo", "Référence interne de l'organisation", "Internal reference"
    r"|referencia\s+(?:interna\s+)?del?\s+(?:organismo|puesto|la\s+organizaci[óo]n)|internal\s+reference"
    r"|r[ée]f[ée]rence\s+interne(?:\s+de\s+l['’]\s*(?:organisation|organisme))?"
    # "Puesto n.º", "Plaza nº"
    r"|(?:puesto|plaza|vacante)(?:\s+[A-Z][\w-]{1,10})?\s+n\.?\s*[°ºo]\.?",
    "organization": r"(?:host\s+)?(?:agency|organi[sz]ation)(?:\s*/\s*office)?|employer"
    r"|organisme|organisation(?:\s+d'accueil)?|agence|organismo|organizaci[óo]n(?:\s+anfitriona)?|agencia|entidad",
    "unit": r"(?:organi[sz]ational\s+)?unit|section|division|department|parent\s+sector|sector"
    r"|office|service|unit[ée]|d[ée]partement|bureau|secteur|unidad|secci[óo]n|divisi[óo]n|departamento|oficina",
    "duty_station": r"(?:duty\s+station|(?:primary\s+)?locations?|place\s+of\s+assignment"
    r"|lieu\s+d'affectation|lieu(?:\s+de\s+travail)?|ville|location\s*\(city\)|city|duty\s+station\s*\(city,\s*country\)"
    r"|lugar\s+de\s+(?:destino|trabajo|asignaci[óo]n|servicio)|place\s+of\s+service|lieu\s+de\s+service"
    r"|lugar|sede|ubicaci[óo]n|ciudad|destino|place\s+of\s+work)"
    # Jobs@FAO's "Primary Location", "Lugar de destino principal", "Lieu d'affectation principal"
    r"(?:\s+(?:principal|principale))?"
    # a form's place split in two rows or fields: "Lugar de destino - ciudad:", "Duty station (city):"
    # ("Duty_Station_City" as a spreadsheet's column names it)
    r"(?:\s*[-–/(]?\s*(?:ciudad|city|ville|town)\)?)?",
    "country": r"(?:duty\s+station\s+)?country|pays|pa[íi]s"
    r"|country\s+of\s+(?:assignment|the\s+duty\s+station)"
    r"|pays\s+d['’]affectation"
    r"|pa[íi]s\s+de\s+destino",
    "sponsor": r"sponsor(?:ing)?(?:\s+(?:country|government|donor))?|donor(?:\s+country)?|funded\s+by"
    r"|pays\s+(?:donateur|financeur)|financ[ée]\s+par|bailleur|pa[íi]s\s+donante|donante|financiado\s+por"
    r"|patrocinador|financiaci[óo]n|financement|funding",
    "grade": r"(?:(?:contract|post|position|job)\s+)?"
    r"(?:grade|level|niveau|classe|category|cat[ée]gorie|grado|nivel|categor[íi]a)"
    r"(?:\s+(?:of\s+the\s+|del?\s+|du\s+)?(?:post|position|contract|contrato|puesto|poste))?|grade\s+at\s+entry"
    r"|cat[ée]gor(?:ie|y)\s+(?:et|and)\s+(?:classe|level|grade)|classification|clasificaci[óo]n",
    "duration": r"duration(?:\s+of\s+(?:the\s+)?(?:assignment|contract|appointment))?|dur[ée]e.*"
    r"|length\s+of\s+(?:assignment|appointment)|contract\s+duration|duraci[óo]n.*"
    r"|(?:dispatch|assignment|appointment|contract)\s+(?:period|term)",
    "closing": r"(?:application\s+)?(?:closing\s+date|deadline)(?:\s+for\s+applications?)?"
    r"|closing|closes|cl[ôo]ture|d[ée]lai(?:\s+de\s+(?:candidature|d[ée]p[ôo]t|soumission|postulation))?"
    r"|(?:posting|application)\s+end\s+date|end\s+date"
    r"|date\s+limite.*|(?:application\s+)?deadline.*|closing\s+date.*|fecha\s+(?:l[íi]mite|de\s+cierre).*|plazo.*"
    r"|fin\s+del\s+plazo.*|cierre\s+de\s+(?:la\s+)?convocatoria|fin\s+des\s+candidatures|applications\s+close",
    "open_to": r"recruitment\s+open\s+to|open\s+to|eligible\s+nationalit(?:y|ies)|ouvert\s+aux|abierto\s+a",
    "nationality": r"nationality|nationalit[ée]|citizenship|nacionalidad",
    # "Edad máx.", "Âge max.", "Max. age", "Maximum age"
    "age": r"(?:max(?:imum|\.)?\s+)?age(?:\s+limit)?|[âa]ge(?:\s+(?:limite|max(?:imum|imal)?\.?))?"
    r"|edad(?:\s+(?:m[áa]xima|l[íi]mite|m[áa]x\.?))?|limite\s+d['’]\s*[âa]ge|l[íi]mite\s+de\s+edad",
    # Read by no field, but they bound the rows of a table: a supervisor's line is not the unit's.
    "supervisor": r"supervis(?:ion|or|ora)|superviseur|supervisi[óo]n|encadrement|reports?\s+to"
    r"|sup[ée]rieure?\s+hi[ée]rarchique|superior\s+jer[áa]rquico|(?:first\s+)?reporting\s+officer|line\s+manager",
    "published": r"(?:date\s+of\s+)?(?:publication|issue|posting)(?:\s+date)?|date\s+de\s+publication"
    r"|fecha\s+de\s+publicaci[óo]n|published|posted|advertised|publi[ée](?:\s+le)?",
}

# A label may end on the programme's acronym: "Intitulé du poste JPO", "Duty station (JPO)".
LABEL_PATTERNS: dict[str, re.Pattern[str]] = {
    field: re.compile(rf"^(?:{pattern})(?:\s+(?:jpo|jea|apo))?$", re.IGNORECASE)
    for field, pattern in LABELS.items()
}
# Any field's label, in one pattern: one match instead of one per field for "is this a label?".
ANY_LABEL: re.Pattern[str] = re.compile(
    "^(?:" + "|".join(f"(?:{pattern})" for pattern in LABELS.values()) + r")(?:\s+(?:jpo|jea|apo))?$",
    re.IGNORECASE,
)

# Words after which a line is not finished: a following line continues it.
OPEN_ENDINGS = frozenset((
    "the", "of", "and", "or", "in", "to", "a", "an", "for", "with", "on", "by", "at", "from", "as",
    "its", "their", "this", "that", "these", "into", "under", "including", "such", "both", "between",
    "within", "via", "per", "than", "not", "be", "is", "are", "will", "who", "which", "whose",
    "de", "du", "des", "la", "le", "les", "et", "ou", "à", "en", "pour", "par", "sur", "dans", "avec",
    "aux", "au", "un", "une", "el", "los", "las", "y", "o", "con", "para", "por", "del", "al", "una",
    "que", "sobre", "entre",
))  # fmt: skip


def ends_open(text: str) -> bool:
    """Whether `text` ends on a word that leaves its phrase unfinished ("… monétaires et", "… le/la")."""
    last = text.rsplit(" ", 1)[-1].casefold()
    return last in OPEN_ENDINGS or ("/" in last and last.rsplit("/", 1)[-1] in OPEN_ENDINGS)


# A requirement's status in one word, as a grid's column head, a heading or a language row's label says it
# ("Esencial | Deseable", "Desirable:", "Langues souhaitées"): asked for, or wished for.
REQUIRED_STATUS = (
    r"required|essential|mandatory|requis|exig[ée]e?s?|obligatoires?|essentiel(?:le)?s?|requerid[oa]s?"
    r"|imprescindibles?|indispensables?|esencial(?:es)?|obligatori[oa]s?"
)
DESIRED_STATUS = (
    r"desirable|desired|preferred|an?\s+asset|assets?|atouts?|souhaitables?|deseables?|valorables?"
    r"|se\s+valorar[áa]"
)
