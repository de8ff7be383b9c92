"""The text-heavy demo resident (seed 003): an approved, long-winded plan and its simplified revision."""

from __future__ import annotations

from tryghed_desktop.services.demo_spec import (
    ACTIVITIES,
    KASTANJE,
    LEDER,
    NOED,
    RHYTHM,
    RISK,
    SAFETY,
    G,
    R,
    ResidentSpec,
    RiskSpec,
    Slot,
    Y,
    approved,
    draft,
    submitted,
)

VAGT_KASTANJE = ("Vagttelefon Hus Kastanje", "2961 4420", "")

# The approved plan as it was written before the inspection: every item a paragraph. This is the
# text the simplification feature starts from; keep it long-winded on purpose.
KIM_OLD_RISK: RiskSpec = {
    "level": R,
    "reason": (
        "Kim vurderes samlet set at have en høj risiko for udadreagerende adfærd, idet han inden for det "
        "seneste år bl.a. har slået ud efter medarbejdere ved to episoder i forbindelse med personlig pleje "
        "og spisesituationer, ligesom han jævnligt kommer med verbale trusler, når han er træt, har smerter "
        "eller oplever krav, som han ikke kan overskue, jf. registreringerne og drøftelserne på p-møderne."
    ),
    "green": {
        "signs": (
            "Når Kim er i sit habituelle leje, vil man typisk opleve, at han er imødekommende og "
            "humoristisk i kontakten, at han f.eks. gerne fortæller om sin tid som tømrer og om fisketure "
            "med datteren, at han ryger på terrassen og hilser på medarbejdere og medbeboere, og at han "
            "spiser i ro, dog skal man være opmærksom på, at han kan virke mere overskudsagtig, end han "
            "reelt er.",
        ),
        "do": (
            "Det er vigtigt at være opmærksom på, at Kim efter ulykken har vanskeligt ved at huske "
            "og bearbejde flere beskeder på én gang, hvorfor medarbejderne bør tilstræbe at give én besked "
            "ad gangen, gerne både mundtligt og skriftligt på tavlen på hans værelse, og i øvrigt altid "
            "præsentere sig ved navn, når de kommer ind, da han ikke altid genkender medarbejdere, han ikke "
            "ser dagligt.",
            "Medarbejderne bør så vidt muligt tilbyde Kim kaffe og evt. en cigaret på terrassen i løbet af "
            "formiddagen og eftermiddagen, da dette giver ham struktur på dagen og en oplevelse af "
            "selvbestemmelse, ligesom det er hensigtsmæssigt at inddrage ham i små praktiske opgaver, "
            "f.eks. at ordne haven eller bære varer ind, idet han har stor glæde af at føle sig nyttig.",
        ),
        "avoid": (
            "Man bør undgå at stille mange krav eller spørgsmål på samme tid, ligesom man bør undgå at tale "
            "hen over hovedet på Kim eller tale med kolleger om ham, mens han er til stede, da han i så "
            "fald let kan opleve sig overset eller talt ned til, hvilket erfaringsmæssigt kan føre til "
            "irritation og på sigt en optrapning af situationen.",
        ),
        "own": (
            "Kim kan i et vist omfang selv være med til at regulere sit velbefindende, bl.a. ved at gå en "
            "tur i området, se fodbold på sit værelse eller kigge i kalenderen på væggen, hvor dagens "
            "aftaler står, men han har ofte brug for at blive mindet om disse muligheder, da han ikke altid "
            "selv tager initiativ til dem.",
        ),
    },
    "yellow": {
        "signs": (
            "Som tidlige tegn på, at Kim er ved at blive presset, ses bl.a., at han hæver stemmen og "
            "gentager de samme sætninger flere gange, f.eks. »I skal ikke bestemme over mig«, at han bliver "
            "rød i ansigtet og knytter hænderne, at han rejser sig hurtigt fra stolen eller går frem og "
            "tilbage, samt at han holder sig på højre skulder, hvilket ofte er udtryk for smerter, som han "
            "ikke selv sætter ord på.",
        ),
        "do": (
            "Når ovenstående tegn ses, er det vigtigt, at medarbejderen forholder sig roligt og taler med "
            "lav og venlig stemme i korte sætninger, at man spørger ind til, om Kim har smerter, og i givet "
            "fald tilbyder PN-smertestillende efter lægens ordination, jf. medicinskemaet, samt at man "
            "tilbyder ham en tur eller en cigaret på terrassen, så han kan trække sig fra situationen uden "
            "at tabe ansigt.",
            "Medarbejderen skal desuden være opmærksom på egen placering i rummet og så vidt muligt holde "
            "en afstand på ca. to armslængder, ligesom man bør sikre sig, at både Kim og medarbejderen selv "
            "har fri udgang, og at kolleger er orienteret om situationen, evt. ved at give besked over "
            "telefonen, inden man går ind til ham igen.",
        ),
        "avoid": (
            "Det frarådes at gå i diskussion med Kim eller at henvise til tidligere aftaler med "
            "formuleringer som »det har vi jo talt om«, da han pga. sin hukommelse ofte ikke kan genkalde "
            "sig aftalen og derfor oplever det som en anklage, ligesom man bør undgå at stille sig foran "
            "døren eller på anden måde give ham en oplevelse af at være lukket inde.",
        ),
        "own": (
            "Kim kan i denne fase selv vælge at gå ud og ryge eller sige »nu går jeg«, hvilket skal "
            "respekteres og ses som en hensigtsmæssig strategi, også selvom det betyder, at en aftalt "
            "aktivitet, f.eks. træning eller bad, må udskydes til senere på dagen.",
        ),
    },
    "red": {
        "signs": (
            "I den akutte fase vil Kim typisk komme meget tæt på medarbejderen og råbe, evt. med trusler om "
            "at slå, og der er ved flere lejligheder set, at han skubber, slår ud med armene eller kaster "
            "med genstande som f.eks. kopper, tallerkener eller en stol, hvorfor situationen skal betragtes "
            "som farlig for både medarbejdere og medbeboere.",
        ),
        "do": (
            "Medarbejderen skal i denne situation straks trække sig fra rummet og tilkalde hjælp ved at "
            "trykke på overfaldsalarmen, hvorefter kolleger sørger for at få medbeboerne i sikkerhed, "
            "f.eks. ved at følge dem til deres værelser eller ud i haven, og man skal først forsøge at "
            "genoptage kontakten med Kim, når han har sat sig ned eller er gået ind på sit værelse, og da "
            "kun med én medarbejder, som han kender godt, mens en kollega står i nærheden.",
        ),
        "avoid": (
            "Man må under ingen omstændigheder gå alene ind til Kim i denne fase, og man bør undgå fysisk "
            "kontakt, medmindre det er absolut nødvendigt for at afværge fare, jf. reglerne om "
            "magtanvendelse, idet fysisk kontakt erfaringsmæssigt optrapper situationen væsentligt og øger "
            "risikoen for, at både Kim og medarbejderne kommer til skade.",
        ),
        "own": (
            "Kim går ofte selv ind på sit værelse og lukker døren, når det værste er overstået, hvilket han "
            "skal have lov til, og man bør i den forbindelse ikke banke på eller henvende sig, før der er "
            "gået mindst ca. 30 minutter, medmindre der er grund til at tro, at han har slået sig.",
        ),
    },
    "blue": {
        "signs": (
            "Efter en episode vil Kim ofte være meget træt og have behov for at sove, og han vil i nogle "
            "tilfælde ikke kunne huske, hvad der er sket, mens han i andre tilfælde er ked af det og "
            "skammer sig over sin reaktion, hvilket kan vise sig ved, at han trækker sig fra fællesskabet i "
            "et par dage.",
        ),
        "do": (
            "Det anbefales, at Kim får lov at sove og hvile, at en medarbejder, som han kender godt, tager "
            "en kort og rolig snak med ham den efterfølgende formiddag med udgangspunkt i hans kalender, "
            "samt at hændelsen registreres samme dag, jf. bostedets procedure for vold, trusler og chikane, "
            "og at de involverede medarbejdere tilbydes defusing og evt. psykisk førstehjælp.",
        ),
        "avoid": (
            "Man bør undgå bebrejdelser og lange forklaringer om hændelsen, da han ofte ikke husker den, og "
            "da det i stedet kan skabe ny frustration og en oplevelse af at blive anklaget for noget, han "
            "ikke selv kan genkende, hvilket erfaringsmæssigt kan føre til en ny optrapning.",
        ),
        "own": (
            "Kim siger ofte selv undskyld, når han er klar til det, og han har tidligere givet udtryk for, "
            "at det hjælper ham at skrive et par ord i sin kalender om, hvad der skete, evt. med hjælp fra "
            "sin kontaktperson.",
        ),
    },
    "triggers": (
        "Smerter, særligt i højre skulder efter ulykken, som Kim sjældent selv giver udtryk for verbalt, "
        "men som ofte ses ved, at han holder sig på skulderen, og som erfaringsmæssigt er en væsentlig "
        "medvirkende årsag til flere af de registrerede episoder, hvorfor det er vigtigt, at der løbende "
        "følges op på hans smertebehandling i samarbejde med egen læge.",
        "Træthed, som typisk ses sidst på eftermiddagen fra ca. kl. 16, hvor Kim har brugt mange kræfter på "
        "dagens aktiviteter, og hvor der samtidig er mere uro i huset i forbindelse med aftensmaden, "
        "hvilket samlet set gør denne periode til den mest sårbare del af døgnet.",
        "Larm og mange mennesker samtidig, f.eks. ved fællesspisning, fødselsdage eller besøg i huset, samt "
        "ændringer i aftaler, som han ikke er blevet orienteret om i god tid, herunder bl.a. skift af "
        "medarbejdere eller aflysning af aktiviteter.",
    ),
    "situations": (
        (
            "Om morgenen ca. kl. 7.30–9.00",
            "På værelset og badeværelset",
            "I forbindelse med morgenplejen, hvor Kim ofte har smerter efter natten, og hvor der tidligere "
            "har været episoder under påklædningen, når tempoet har været for højt, eller når der har været "
            "en medarbejder, han ikke kender.",
        ),
        (
            "Sidst på eftermiddagen ca. kl. 16.00–18.30",
            "I fællesstuen og køkkenet",
            "Hvor Kim er træt efter dagens aktiviteter, og hvor der er mange beboere og medarbejdere samlet "
            "omkring aftensmaden, hvilket erfaringsmæssigt er det tidsrum, hvor størstedelen af episoderne "
            "er sket, jf. registreringerne.",
        ),
    ),
    "strengths": (
        "Kim har en god humor og er hjælpsom og imødekommende, når han er udhvilet og smertefri, og han har "
        "stor glæde af praktiske opgaver og af at tale om fodbold, særligt AGF, samt om sin tid som tømrer.",
        "Kim har en god relation til sin datter Line, der besøger ham hver anden søndag, og disse besøg har "
        "generelt en positiv betydning for hans humør i dagene efter, hvorfor de bør prioriteres højt.",
    ),
    "alarm": (
        "Ved akut fare trykkes på overfaldsalarmen, som alle medarbejdere skal bære under hele vagten, jf. "
        "bostedets instruks, hvorefter kolleger fra både Hus Kastanje og Hus Birk kommer til, ligesom "
        "vagthavende leder orienteres hurtigst muligt, evt. via vagttelefonen.",
    ),
    "call": (VAGT_KASTANJE, LEDER, NOED),
    "staffing": (
        "Det er besluttet, at der altid skal være to medarbejdere til stede ved personlig pleje af Kim, "
        "herunder bad, barbering og påklædning, og at man efter kl. 16.00 ikke går alene ind på hans "
        "værelse, ligesom det så vidt muligt tilstræbes, at der på hver vagt er mindst én medarbejder, som "
        "kender Kim godt, da kontinuitet har stor betydning for hans trivsel og dermed for forebyggelsen af "
        "episoder.",
    ),
}

KIM_OLD_RHYTHM: tuple[Slot, ...] = (
    (
        "07:30",
        "09:00",
        "Morgen",
        "Kim vækkes ca. kl. 7.30 af en medarbejder, som banker på og præsenterer sig ved navn, hvorefter "
        "han, afhængigt af dagsformen, hjælpes med bad, barbering og påklædning, og der serveres morgenmad "
        "på værelset eller i køkkenet efter eget ønske, dog så han så vidt muligt spiser, inden der gives "
        "morgenmedicin.",
        "Det er vigtigt at være opmærksom på, at Kim ofte har smerter i skulderen om morgenen, hvorfor man "
        "som det første bør spørge ind til smerter og evt. give PN-medicin efter ordination, inden plejen "
        "påbegyndes, og at plejen altid udføres af to medarbejdere, jf. risikovurderingen, hvor den ene har "
        "hovedkontakten, og den anden assisterer og holder øje med situationen.",
        "Der har været flere episoder i forbindelse med morgenplejen, bl.a. hvor Kim har slået ud efter en "
        "medarbejder under påklædningen, og det vurderes, at smerter og et for højt tempo har været "
        "medvirkende årsager, hvorfor tempoet skal tilpasses hans dagsform.",
        R,
        2,
    ),
    (
        "09:00",
        "12:00",
        "Formiddag",
        "Om formiddagen deltager Kim i træning hos fysioterapeuten mandag og torsdag og går ellers en tur i "
        "området, evt. sammen med en medarbejder, eller hjælper til med praktiske opgaver i haven eller på "
        "værkstedet, afhængigt af vejret og hans dagsform.",
        "Medarbejderne bør give én opgave ad gangen og sørge for, at der holdes pauser ca. hver 20. minut, "
        "da Kim hurtigt bliver udtrættet, hvilket han ikke altid selv er opmærksom på, og da udtrætning "
        "erfaringsmæssigt øger risikoen for episoder senere på dagen.",
        "",
        G,
        1,
    ),
    (
        "12:00",
        "16:00",
        "Middag og eftermiddag",
        "Kim spiser frokost ca. kl. 12 og holder herefter middagslur på sit værelse mellem ca. kl. 13 og "
        "14, hvorefter der tilbydes kaffe på terrassen, og han ser evt. fodbold eller ringer til sin "
        "datter.",
        "Det er vigtigt, at Kim ikke forstyrres under middagsluren, medmindre det er strengt nødvendigt, da "
        "han ellers kan blive irritabel resten af eftermiddagen, og man bør i øvrigt bruge eftermiddagen "
        "til at forberede ham på aftenens program, f.eks. ved at kigge i kalenderen sammen.",
        "",
        G,
        1,
    ),
    (
        "16:00",
        "18:30",
        "Sen eftermiddag",
        "Aftensmaden serveres ca. kl. 17.30 i fællesstuen, men Kim kan efter eget ønske spise på sit "
        "værelse, hvilket ofte anbefales på dage, hvor han virker træt, eller hvor der er mange mennesker i "
        "huset, f.eks. ved fødselsdage eller besøg.",
        "Medarbejderne bør i dette tidsrum være særligt opmærksomme på tidlige tegn, jf. risikoprofilen, og "
        "der skal være to medarbejdere til rådighed i huset, ligesom man ikke går alene ind til Kim efter "
        "kl. 16.00, og man bør i øvrigt holde et lavt aktivitetsniveau og undgå at stille krav.",
        "Størstedelen af de registrerede episoder er sket i dette tidsrum, hvor træthed, sult og larm "
        "samlet set gør Kim mere sårbar, og det er derfor vigtigt at være på forkant og tilbyde pauser, "
        "inden han bliver presset.",
        R,
        2,
    ),
    (
        "18:30",
        "22:00",
        "Aften",
        "Om aftenen ser Kim typisk tv på sit værelse og taler evt. i telefon med sin datter, og der "
        "tilbydes aftenkaffe ca. kl. 20, hvor han selv vælger, om han vil drikke den i stuen eller på "
        "værelset.",
        "Der tages en kort og rolig godnat-snak ca. kl. 21.30, hvor man evt. sammen kigger i kalenderen for "
        "næste dag, så han ved, hvad der skal ske, og hvem der er på arbejde om morgenen.",
        "Kim kan stadig være træt og irritabel i starten af aftenen, især hvis eftermiddagen har været "
        "urolig, og man bør derfor være opmærksom på, om der er behov for at udskyde aftenens aktiviteter.",
        Y,
        1,
    ),
    (
        "22:00",
        "07:30",
        "Nat",
        "Kim sover som regel fra ca. kl. 22.30, men står ofte op ved 2-tiden for at ryge en cigaret på "
        "terrassen, hvilket er aftalt med ham og skal respekteres, så længe det foregår roligt.",
        "Nattevagten går ikke alene ind på værelset, men taler med Kim gennem døren, og hvis han er "
        "forvirret ved opvågning, tilbydes han et glas vand og guides roligt tilbage til sengen, evt. ved "
        "at tænde lyset i gangen.",
        "Kim kan være forvirret og utryg, hvis han vækkes brat, og der har været én episode med trusler om "
        "natten, hvor en nattevagt, han ikke kendte, gik ind på værelset uden at banke på.",
        Y,
        1,
    ),
)

KIM: ResidentSpec = {
    "name": "Kim Andersen",
    "card": "Kim",
    "unit": KASTANJE,
    "room": "12",
    "contacts": ("Kontaktperson: Ali (dag)", "Kontaktperson: Søren (aften)"),
    "risk": {
        "level": R,
        "reason": "Har slået medarbejdere to gange; truer ved smerter og træthed.",
        "green": {
            "signs": ("Fortæller om fodbold", "Ryger på terrassen og hilser"),
            "do": ("Sig dit navn, når du kommer", "Én besked ad gangen"),
            "avoid": ("Mange krav på én gang",),
            "own": ("Ser fodbold på værelset",),
        },
        "yellow": {
            "signs": ("Hæver stemmen, gentager sig", "Holder sig på skulderen"),
            "do": ("Spørg til smerter", "Tilbyd pause på terrassen"),
            "avoid": ("Sig ikke »Det har vi talt om«",),
            "own": ("Siger »Nu går jeg«",),
        },
        "red": {
            "signs": ("Går tæt på og råber", "Skubber, slår, kaster ting"),
            "do": ("Gå ud – tryk på alarmen", "Få andre beboere væk"),
            "avoid": ("Gå aldrig alene ind",),
            "own": ("Går ind og lukker døren",),
        },
        "blue": {
            "signs": ("Træt, vil sove",),
            "do": ("Lad ham sove", "Kort snak næste formiddag"),
            "avoid": ("Bebrejdelser",),
            "own": ("Siger undskyld, når han er klar",),
        },
        "triggers": (
            "Smerter i højre skulder",
            "Træthed efter kl. 16",
            "Larm og mange mennesker",
            "Ændringer, han ikke kender",
        ),
        "situations": (
            ("Kl. 7.30–9", "Værelse og bad", "Morgenpleje med smerter"),
            ("Kl. 16–18.30", "Fællesstuen", "Træt, larm ved aftensmaden"),
        ),
        "strengths": (
            "Humor og hjælpsom, når han er udhvilet",
            "Glad for fodbold og AGF",
            "Datteren Line besøger hver anden søndag",
        ),
        "alarm": ("Tryk på overfaldsalarmen",),
        "call": (VAGT_KASTANJE, LEDER, NOED),
        "staffing": (
            "Altid to ved personlig pleje",
            "Efter kl. 16 aldrig alene ind til Kim",
        ),
    },
    "rhythm": (
        (
            "07:30",
            "09:00",
            "Morgen",
            "Bad, barbering, morgenmad",
            "To medarbejdere. Spørg til smerter først.",
            "Ondt i skulderen om morgenen",
            R,
            2,
        ),
        (
            "09:00",
            "12:00",
            "Formiddag",
            "Træning ma/to, gåtur, haven",
            "Én opgave ad gangen. Pause hver 20. min.",
            "",
            G,
            1,
        ),
        ("12:00", "16:00", "Middag", "Frokost, lur kl. 13–14, kaffe", "Forstyr ikke middagsluren", "", G, 1),
        (
            "16:00",
            "18:30",
            "Sen eftermiddag",
            "Aftensmad – gerne på værelset",
            "Ingen krav. To medarbejdere i huset.",
            "Træt – flest episoder her",
            R,
            2,
        ),
        ("18:30", "22:00", "Aften", "Tv, telefon med Line", "Godnat-snak kl. 21.30 med kalenderen", "", G, 1),
        (
            "22:00",
            "07:30",
            "Nat",
            "Sover, ryger tit kl. ca. 2",
            "Nattevagt taler gennem døren – går ikke ind",
            "Forvirret, hvis han vækkes brat",
            Y,
            1,
        ),
    ),
    "safety": {
        "feel_safe": (
            ("Når I siger, hvem I er", "Når jeg ved, hvad der skal ske", "Line"),
            ("Kendte medarbejdere", "Dagen skrevet på tavlen"),
        ),
        "feel_unsafe": (
            ("Når mange snakker på én gang", "Når I bestemmer over mig"),
            ("Larm ved aftensmaden", "Krav, når han har ondt"),
        ),
        "warning_signs": (
            ("Jeg får ondt i skulderen", "Jeg bliver varm og sur"),
            ("Holder sig på skulderen", "Hæver stemmen"),
        ),
        "what_helps": (
            ("En smøg på terrassen", "At få lov at gå"),
            ("Pause på terrassen", "Smertestillende efter ordination"),
        ),
        "want_you_to_do": (("Sig det ligeud, men pænt", "Lad mig gå"), ("Korte beskeder, plads til at gå",)),
        "signals": (
            "Kim siger »Nu går jeg«: vi lader ham gå og følger ikke efter",
            "Vi viser et T med hænderne: pause i 10 min.",
        ),
        "contacts": (("Datter, Line", "2876 3310", "Hver anden søndag"),),
        "participated": True,
        "agrees": True,
        "reason_if_not": "",
    },
    "activities": (
        (
            "Morgenpleje",
            "Ren og smertefri start på dagen",
            (
                "To medarbejdere",
                "Spørg til smerter først",
                "Han barberer sig selv",
                "Tøj på den dårlige arm først",
            ),
            ("Slag ved for højt tempo",),
            2,
        ),
        (
            "Medicinudlevering",
            "Medicin og smertelindring til tiden",
            (
                "Kl. 8, 12 og 20 i medicinrummet",
                "Én udleverer, én i nærheden",
                "Spørg til smerter – PN efter ordination",
            ),
            ("Uenighed om smertestillende",),
            2,
        ),
        (
            "Ryge på terrassen",
            "Pause og selvbestemmelse",
            ("Han ryger selv", "Tilbyd følgeskab ved uro", "Lighteren bliver på terrassen"),
            ("Kulde – jakke på",),
            0,
        ),
    ),
    "story": {
        RISK: (approved(640), approved(232), submitted(12)),
        RHYTHM: (approved(640), approved(232), submitted(12)),
        SAFETY: (approved(231, "Godkendt. Kims egne ord er tydelige."),),
        ACTIVITIES: (draft(4),),
    },
    "old_risk": KIM_OLD_RISK,
    "old_rhythm": KIM_OLD_RHYTHM,
    "simplified": {
        RISK: {
            "Kim har en god relation til sin datter": "",
            "Ved skade eller politi": "Står allerede et andet sted i planen",
        },
        RHYTHM: {},
    },
}
