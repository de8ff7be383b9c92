<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>ActionPlanView</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/action_plan_view.py" line="+399"/>
        <source>%n tiltag vist</source>
        <translation>
            <numerusform>%n tiltag vist</numerusform>
            <numerusform>%n tiltag vist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n med overskredet frist</source>
        <translation>
            <numerusform>%n med overskredet frist</numerusform>
            <numerusform>%n med overskredet frist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionDialog</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/deletion_dialog.py" line="+135"/>
        <source>Ingen fraflyttede borgere er flyttet for mere end %n år siden.</source>
        <translation>
            <numerusform>Ingen fraflyttede borgere er flyttet for mere end %n år siden.</numerusform>
            <numerusform>Ingen fraflyttede borgere er flyttet for mere end %n år siden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%1 er slettet. %n hændelse(r) er i statistikken uden navn og tekst.</source>
        <translation>
            <numerusform>%1 er slettet. %n hændelse er i statistikken uden navn og tekst.</numerusform>
            <numerusform>%1 er slettet. %n hændelser er i statistikken uden navn og tekst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/editors/item_list.py" line="+139"/>
        <source>⚠ %n ord</source>
        <translation>
            <numerusform>⚠ %n ord</numerusform>
            <numerusform>⚠ %n ord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ord</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message numerus="yes">
        <location line="-64"/>
        <source>%n ord – over grænsen</source>
        <translation>
            <numerusform>%n ord – over grænsen</numerusform>
            <numerusform>%n ord – over grænsen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/login_dialog.py" line="+130"/>
        <source>%n forsøg tilbage, før brugeren låses i 5 minutter.</source>
        <translation>
            <numerusform>%n forsøg tilbage, før brugeren låses i 5 minutter.</numerusform>
            <numerusform>%n forsøg tilbage, før brugeren låses i 5 minutter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/resident_dialogs.py" line="+178"/>
        <source>%n plan(er) under arbejde venter, til borgeren flytter ind igen.</source>
        <translation>
            <numerusform>%n plan under arbejde venter, til borgeren flytter ind igen.</numerusform>
            <numerusform>%n planer under arbejde venter, til borgeren flytter ind igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/status.py" line="+146"/>
        <source>%n hændelse(r) siden planen blev godkendt %1</source>
        <translation>
            <numerusform>%n hændelse siden planen blev godkendt %1</numerusform>
            <numerusform>%n hændelser siden planen blev godkendt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/overview_page.py" line="+216"/>
        <source>og %n bemærkning(er) ved afsnit</source>
        <translation>
            <numerusform>og %n bemærkning ved afsnit</numerusform>
            <numerusform>og %n bemærkninger ved afsnit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentActions</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/resident_actions.py" line="+212"/>
        <source>Pakken har %n planversion(er),</source>
        <translation>
            <numerusform>Pakken har %n planversion,</numerusform>
            <numerusform>Pakken har %n planversioner,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hændelse(r),</source>
        <translation>
            <numerusform>%n hændelse,</numerusform>
            <numerusform>%n hændelser,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tiltag i handleplanen,</source>
        <translation>
            <numerusform>%n tiltag i handleplanen,</numerusform>
            <numerusform>%n tiltag i handleplanen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n logpost(er)</source>
        <translation>
            <numerusform>%n logpost</numerusform>
            <numerusform>%n logposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>og %n gammel plan(er).</source>
        <translation>
            <numerusform>og %n gammel plan.</numerusform>
            <numerusform>og %n gamle planer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="+486"/>
        <source>Siden risikoprofilen blev godkendt %1: %n hændelse(r), %2 med alvor %3 eller mere.</source>
        <translation>
            <numerusform>Siden risikoprofilen blev godkendt %1: %n hændelse, %2 med alvor %3 eller mere.</numerusform>
            <numerusform>Siden risikoprofilen blev godkendt %1: %n hændelser, %2 med alvor %3 eller mere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/review_dialog.py" line="+441"/>
        <source>Fra den gamle plan (%n stykke(r) tekst)</source>
        <translation>
            <numerusform>Fra den gamle plan (%n stykke tekst)</numerusform>
            <numerusform>Fra den gamle plan (%n stykker tekst)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/statistics_view.py" line="+499"/>
        <source>%n hændelse(r) %2 (forrige periode %3: %4).</source>
        <translation>
            <numerusform>%n hændelse %2 (forrige periode %3: %4).</numerusform>
            <numerusform>%n hændelser %2 (forrige periode %3: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n strategi(er) bør ses på igen.</source>
        <translation>
            <numerusform>%n strategi bør ses på igen.</numerusform>
            <numerusform>%n strategier bør ses på igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/window_actions.py" line="+322"/>
        <source>%n handlekort.</source>
        <translation>
            <numerusform>%n handlekort.</numerusform>
            <numerusform>%n handlekort.</numerusform>
        </translation>
    </message>
</context>
</TS>
