<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>DeepDive::ActionRegistry</name>
    <message>
        <source>&amp;Export Progress...</source>
        <translation>&amp;Exportar progreso...</translation>
    </message>
    <message>
        <source>Save your answers, bookmarks and notes to a file, e.g. to move to another computer</source>
        <translation>Guarda tus respuestas, marcadores y notas en un archivo, p. ej., para pasarlos a otro ordenador</translation>
    </message>
    <message>
        <source>&amp;Import Progress...</source>
        <translation>I&amp;mportar progreso...</translation>
    </message>
    <message>
        <source>Merge answers, bookmarks and notes from an exported file into yours</source>
        <translation>Incorpora a los tuyos las respuestas, marcadores y notas de un archivo exportado</translation>
    </message>
    <message>
        <source>&amp;Restore Backup...</source>
        <translation>&amp;Restaurar copia de seguridad...</translation>
    </message>
    <message>
        <source>Bring back your progress from one of the daily backups</source>
        <translation>Recupera tu progreso a partir de una de las copias de seguridad diarias</translation>
    </message>
    <message>
        <source>Save topic summaries as a PDF handout</source>
        <translation>Guarda resúmenes de los temas en un PDF, a modo de apuntes</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Print topic summaries, with a preview</source>
        <translation>Imprime resúmenes de los temas, con vista previa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>&amp;Copiar fragmento</translation>
    </message>
    <message>
        <source>Copy the snippet&apos;s code to the clipboard</source>
        <translation>Copia el código del fragmento al portapapeles</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <source>Larger code</source>
        <translation>Código más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller code</source>
        <translation>Código más pequeño</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Tamaño &amp;original</translation>
    </message>
    <message>
        <source>Code at the system&apos;s fixed font size</source>
        <translation>Código al tamaño de la fuente de ancho fijo del sistema</translation>
    </message>
    <message>
        <source>Go to &amp;Topics</source>
        <translation>Ir a los &amp;temas</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the topic tree</source>
        <translation>Lleva el foco del teclado al árbol de temas</translation>
    </message>
    <message>
        <source>Topic &amp;Notes</source>
        <translation>&amp;Notas del tema</translation>
    </message>
    <message>
        <source>Show the topic&apos;s notes</source>
        <translation>Muestra las notas del tema</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>Quiz yourself on the topic</source>
        <translation>Abre el cuestionario del tema para ponerte a prueba</translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation>&amp;Mis notas</translation>
    </message>
    <message>
        <source>Write your own notes on the topic</source>
        <translation>Abre tus notas personales sobre el tema</translation>
    </message>
    <message>
        <source>Open the next topic</source>
        <translation>Abre el tema siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>Tema &amp;anterior</translation>
    </message>
    <message>
        <source>Open the previous topic</source>
        <translation>Abre el tema anterior</translation>
    </message>
    <message>
        <source>Next &amp;Snippet</source>
        <translation>Fragmento si&amp;guiente</translation>
    </message>
    <message>
        <source>Show the topic&apos;s next code snippet</source>
        <translation>Muestra el siguiente fragmento de código del tema</translation>
    </message>
    <message>
        <source>Show the topic&apos;s previous code snippet</source>
        <translation>Muestra el fragmento de código anterior del tema</translation>
    </message>
    <message>
        <source>Study &amp;Due...</source>
        <translation>Estudiar pen&amp;dientes...</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>Mastery, reviews, retention and what is due</source>
        <translation>Dominio, repasos, retención y lo que está pendiente</translation>
    </message>
    <message>
        <source>Set &amp;Interview Date...</source>
        <translation>&amp;Fijar fecha de la entrevista...</translation>
    </message>
    <message>
        <source>Forecast your recall on the day of your interview</source>
        <translation>Prevé cuánto recordarás el día de tu entrevista</translation>
    </message>
    <message>
        <source>&amp;Plan to Interview</source>
        <translation>&amp;Plan hasta la entrevista</translation>
    </message>
    <message>
        <source>Spread the topics over the days left, weakest first</source>
        <translation>Reparte los temas entre los días que quedan, los más débiles primero</translation>
    </message>
    <message>
        <source>&amp;Bookmark Topic</source>
        <translation>&amp;Marcar tema</translation>
    </message>
    <message>
        <source>Bookmark with &amp;Label...</source>
        <translation>Marcar con e&amp;tiqueta...</translation>
    </message>
    <message>
        <source>Bookmark this topic with a label such as &quot;weak&quot;</source>
        <translation>Pone en este tema un marcador con una etiqueta, como «débil»</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>Marca&amp;dores</translation>
    </message>
    <message>
        <source>Show or hide the list of bookmarked topics</source>
        <translation>Muestra u oculta la lista de temas con marcador</translation>
    </message>
    <message>
        <source>&amp;About Deep Dive</source>
        <translation>&amp;Acerca de Deep Dive</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Desired &amp;Retention...</source>
        <translation>&amp;Retención deseada...</translation>
    </message>
    <message>
        <source>How likely you want to be to remember a card when it comes up (70-97%)</source>
        <translation>Qué probabilidad quieres tener de recordar una tarjeta cuando te toque repasarla (70-97%)</translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards</source>
        <translation>Busca en temas, notas, fragmentos y tarjetas</translation>
    </message>
    <message>
        <source>Run the snippet with python3</source>
        <translation>Ejecuta el fragmento con python3</translation>
    </message>
    <message>
        <source>Study the cards that are due</source>
        <translation>Estudia las tarjetas pendientes</translation>
    </message>
    <message>
        <source>Bookmark this topic, or remove its bookmark</source>
        <translation>Añade un marcador a este tema o se lo quita</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Exportar &amp;PDF...</translation>
    </message>
    <message>
        <source>R&amp;un Snippet</source>
        <translation>E&amp;jecutar fragmento</translation>
    </message>
    <message>
        <source>Ne&amp;xt Topic</source>
        <translation>Tema &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Snippet</source>
        <translation>&amp;Fragmento anterior</translation>
    </message>
    <message>
        <source>U&amp;ndo Answer</source>
        <translation>Des&amp;hacer respuesta</translation>
    </message>
    <message>
        <source>Take back your last answer: the card is asked again</source>
        <translation>Deshacer tu última respuesta: la tarjeta se vuelve a preguntar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every key of the window and the quiz on one page</source>
        <translation>Todas las teclas de la ventana y del cuestionario en una página</translation>
    </message>
    <message>
        <source>Ne&amp;w Cards per Day...</source>
        <translation>Tarjetas &amp;nuevas por día…</translation>
    </message>
    <message>
        <source>How many new cards a study session may bring in each day</source>
        <translation>Cuántas tarjetas nuevas puede incluir cada día una sesión de estudio</translation>
    </message>
    <message>
        <source>&amp;Find in Topic...</source>
        <translation>Buscar en el &amp;tema...</translation>
    </message>
    <message>
        <source>Find text in the topic&apos;s notes</source>
        <translation>Buscar texto en las notas del tema</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>The window and a first evening with it, on one page</source>
        <translation>La ventana y una primera tarde con ella, en una página</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>E&amp;studio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Export for &amp;Anki...</source>
        <translation>Exportar para &amp;Anki...</translation>
    </message>
    <message>
        <source>Save the cards as an Anki deck package (.apkg)</source>
        <translation>Guarda las tarjetas como paquete de mazo de Anki (.apkg)</translation>
    </message>
    <message>
        <source>Import Anki Dec&amp;k...</source>
        <translation>Importar mazo de An&amp;ki...</translation>
    </message>
    <message>
        <source>Turn an Anki deck package (.apkg) into a Deep Dive deck</source>
        <translation>Convierte un paquete de mazo de Anki (.apkg) en un mazo de Deep Dive</translation>
    </message>
    <message>
        <source>Sync &amp;Folder...</source>
        <translation>&amp;Carpeta de sincronización...</translation>
    </message>
    <message>
        <source>Choose a folder your sync tool (Syncthing, Nextcloud, Dropbox) replicates, to study on several computers</source>
        <translation>Elige una carpeta que tu herramienta de sincronización (Syncthing, Nextcloud, Dropbox) replique, para estudiar en varios ordenadores</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Merge what your other computers wrote to the sync folder, and send this one&apos;s changes</source>
        <translation>Incorpora lo que tus otros ordenadores escribieron en la carpeta de sincronización y envía los cambios de este</translation>
    </message>
    <message>
        <source>Ne&amp;w Deck...</source>
        <translation>&amp;Nuevo mazo...</translation>
    </message>
    <message>
        <source>Start a deck of your own: a folder of Markdown files, with an example topic of every card type</source>
        <translation>Empieza un mazo propio: una carpeta de archivos Markdown, con un tema de ejemplo de cada tipo de tarjeta</translation>
    </message>
    <message>
        <source>&amp;Copy Deck to Edit...</source>
        <translation>Copiar mazo para e&amp;ditar...</translation>
    </message>
    <message>
        <source>Copy a deck (the bundled one is read-only) into your decks folder to change it; your progress stays</source>
        <translation>Copia un mazo (el incluido es de solo lectura) en tu carpeta de mazos para cambiarlo; tu progreso se conserva</translation>
    </message>
    <message>
        <source>Sync De&amp;vices...</source>
        <translation>Dispositi&amp;vos sincronizados...</translation>
    </message>
    <message>
        <source>The computers that sync with this one, and the notes changed on two of them, to resolve</source>
        <translation>Los ordenadores que se sincronizan con este y las notas cambiadas en dos de ellos, para resolver</translation>
    </message>
</context>
<context>
    <name>DeepDive::Anki::CardHtml</name>
    <message>
        <source>✓ Right:</source>
        <translation>✓ Correcto:</translation>
    </message>
    <message>
        <source>✗ Wrong:</source>
        <translation>✗ Incorrecto:</translation>
    </message>
    <message>
        <source>What does this code print?</source>
        <translation>¿Qué imprime este código?</translation>
    </message>
    <message>
        <source>It raises: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Lanza la excepción: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Which line has the bug?</source>
        <translation>¿Qué línea tiene el error?</translation>
    </message>
    <message>
        <source>line %1: &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>línea %1: &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The bug: %1</source>
        <translation>El error: %1</translation>
    </message>
    <message>
        <source>The fix:</source>
        <translation>La corrección:</translation>
    </message>
    <message>
        <source>A: %1 &amp;nbsp;or&amp;nbsp; B: %2</source>
        <translation>A: %1 &amp;nbsp;o&amp;nbsp; B: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::Anki::CollectionWriter</name>
    <message>
        <source>cannot write the Anki collection: %1</source>
        <translation>no se puede escribir la colección de Anki: %1</translation>
    </message>
    <message>
        <source>cannot create the Anki collection %1: %2</source>
        <translation>no se puede crear la colección de Anki %1: %2</translation>
    </message>
    <message>
        <source>cannot write the Anki note %1: %2</source>
        <translation>no se puede escribir la nota de Anki %1: %2</translation>
    </message>
    <message>
        <source>cannot write the Anki card %1: %2</source>
        <translation>no se puede escribir la tarjeta de Anki %1: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiCommands</name>
    <message>
        <source>nothing was exported: %1</source>
        <translation>no se exportó nada: %1</translation>
    </message>
    <message>
        <source>nothing was exported: there are no topics in &quot;%1&quot;</source>
        <translation>no se exportó nada: no hay temas en «%1»</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n note(s)</source>
        <translation>
            <numerusform>se escribió %n nota</numerusform>
            <numerusform>se escribieron %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n topic(s))</source>
        <translation>
            <numerusform>(%n tema)</numerusform>
            <numerusform>(%n temas)</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry their schedule</source>
        <translation>
            <numerusform>%n tarjeta lleva su planificación</numerusform>
            <numerusform>%n tarjetas llevan su planificación</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message>
        <source>imported %1:</source>
        <translation>se importó %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n topic(s)</source>
        <translation>
            <numerusform>en %n tema</numerusform>
            <numerusform>en %n temas</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>en la carpeta %1</translation>
    </message>
    <message>
        <source>left out:</source>
        <translation>omitido:</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiExportDialog</name>
    <message>
        <source>Include my sc&amp;hedule (when each card is due, and how well I know it)</source>
        <translation>Incluir mi &amp;planificación (cuándo toca repasar cada tarjeta y lo bien que me la sé)</translation>
    </message>
    <message>
        <source>Export for Anki</source>
        <translation>Exportar para Anki</translation>
    </message>
    <message>
        <source>Make an Anki deck (.apkg) of the cards of:</source>
        <translation>Crear un mazo de Anki (.apkg) con las tarjetas de:</translation>
    </message>
    <message>
        <source>Include my schedule</source>
        <translation>Incluir mi planificación</translation>
    </message>
    <message>
        <source>Cards you have answered arrive as review cards due on the same day. Anki 23.10 and later (AnkiDroid 2.17, AnkiMobile 23.10) also take their FSRS memory when FSRS is on; older versions keep the due date only; before 2.1.50, Anki takes the schedule only on its v1 scheduler. Without the schedule every card arrives new, in any Anki.</source>
        <translation>Las tarjetas que has respondido llegan como tarjetas de repaso pendientes el mismo día. Anki 23.10 y posteriores (AnkiDroid 2.17, AnkiMobile 23.10) también toman su memoria FSRS si FSRS está activado; las versiones anteriores solo conservan la fecha de repaso; antes de la 2.1.50, Anki solo toma la planificación con su planificador v1. Sin la planificación, todas las tarjetas llegan como nuevas, en cualquier Anki.</translation>
    </message>
    <message>
        <source>Importing a later export into Anki updates these notes instead of adding them again.</source>
        <translation>Si importas en Anki una exportación posterior, estas notas se actualizan en lugar de añadirse de nuevo.</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiExporter</name>
    <message>
        <source>cannot read the topic %1</source>
        <translation>no se puede leer el tema %1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>se canceló la exportación; no se escribió nada</translation>
    </message>
    <message>
        <source>cannot read the collection just written: %1</source>
        <translation>no se puede leer la colección recién escrita: %1</translation>
    </message>
    <message>
        <source>cannot pack the Anki deck: %1</source>
        <translation>no se puede empaquetar el mazo de Anki: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiFlow</name>
    <message>
        <source>Export for Anki</source>
        <translation>Exportar para Anki</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>There are no topics to export in “%1”.</source>
        <translation>No hay temas que exportar en «%1».</translation>
    </message>
    <message>
        <source>Anki deck packages (*.apkg)</source>
        <translation>Paquetes de mazo de Anki (*.apkg)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3. In Anki, choose File &gt; Import and pick the file.</source>
        <translation>Escrito en %3: %1 (%2). En Anki, elige Archivo &gt; Importar y selecciona ese archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry their schedule.</source>
        <translation>
            <numerusform>%n tarjeta lleva su planificación.</numerusform>
            <numerusform>%n tarjetas llevan su planificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Anki Deck</source>
        <translation>Importar mazo de Anki</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 in %3, into %4. It appears in the topic tree in a moment.</source>
        <translation>Se importó «%1»: %2 en %3, en la carpeta %4. Aparecerá en el árbol de temas en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Omitido:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiImporter</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>%1 holds no cards; nothing was imported</source>
        <translation>%1 no contiene tarjetas; no se importó nada</translation>
    </message>
    <message>
        <source>Imported from the Anki package %1.</source>
        <translation>Importado del paquete de Anki %1.</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot make a folder in %1; check that you may write there</source>
        <translation>no se puede crear una carpeta en %1; comprueba que puedes escribir en ella</translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <translation>%1 (parte %2)</translation>
    </message>
    <message>
        <source>Imported from the Anki deck %1.</source>
        <translation>Importado del mazo de Anki %1.</translation>
    </message>
    <message>
        <source>note %1 (deck %2)</source>
        <translation>nota %1 (mazo %2)</translation>
    </message>
    <message>
        <source>the image %1, which is not in the package</source>
        <translation>la imagen %1, que no está en el paquete</translation>
    </message>
    <message>
        <source>the image %1: %2</source>
        <translation>la imagen %1: %2</translation>
    </message>
    <message>
        <source>a sound (sounds are not imported)</source>
        <translation>un sonido (los sonidos no se importan)</translation>
    </message>
    <message>
        <source>%1: left out %2</source>
        <translation>%1: se omitió %2</translation>
    </message>
    <message>
        <source>%1, card %2: skipped, its %3 is empty</source>
        <translation>%1, tarjeta %2: omitida, su %3 está vacía</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>no card of %1 could be imported: %2</source>
        <translation>no se pudo importar ninguna tarjeta de %1: %2</translation>
    </message>
    <message>
        <source>the imported deck does not pass the deck checks, so it was not kept (please report this): %1</source>
        <translation>el mazo importado no supera las comprobaciones de mazos, así que no se conservó (por favor, infórmanos): %1</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>no se puede leer su manifiesto</translation>
    </message>
    <message>
        <source>cannot move the imported deck to %1</source>
        <translation>no se puede mover el mazo importado a %1</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>la importación se canceló</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiNoteReader</name>
    <message>
        <source>the Anki collection cannot be read: %1 (is the package damaged?)</source>
        <translation>no se puede leer la colección de Anki: %1 (¿está dañado el paquete?)</translation>
    </message>
    <message>
        <source>the Anki collection has schema version %1; only the legacy version 11 can be read. In Anki, export again with &quot;Support older Anki versions&quot; ticked</source>
        <translation>la colección de Anki tiene la versión de esquema %1; solo se puede leer la versión antigua 11. En Anki, vuelve a exportar con «Support older Anki versions» marcado</translation>
    </message>
    <message>
        <source>the Anki collection&apos;s cards cannot be read: %1</source>
        <translation>no se pueden leer las tarjetas de la colección de Anki: %1</translation>
    </message>
    <message>
        <source>note %1: its note type is not in the collection</source>
        <translation>nota %1: su tipo de nota no está en la colección</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiPackage</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 files; an Anki package may hold at most %3</source>
        <translation>%1 contiene %2 archivos; un paquete de Anki puede contener como máximo %3</translation>
    </message>
    <message>
        <source>%1 is not an Anki package (.apkg): it cannot be read as a zip file (%2)</source>
        <translation>%1 no es un paquete de Anki (.apkg): no se puede leer como archivo zip (%2)</translation>
    </message>
    <message>
        <source>%1 was exported in the format of Anki 2.1.50 and later (collection.anki21b), which Deep Dive cannot read. In Anki, choose File &gt; Export, &quot;Anki Deck Package (*.apkg)&quot;, tick &quot;Support older Anki versions (slower/larger files)&quot; and export again; then import that file.</source>
        <translation>%1 se exportó con el formato de Anki 2.1.50 y posteriores (collection.anki21b), que Deep Dive no puede leer. En Anki, elige Archivo &gt; Exportar, «Anki Deck Package (*.apkg)», marca «Support older Anki versions (slower/larger files)» y vuelve a exportar; después importa ese archivo.</translation>
    </message>
    <message>
        <source>%1 holds no Anki collection (collection.anki2 or collection.anki21); is it an Anki deck package?</source>
        <translation>%1 no contiene ninguna colección de Anki (collection.anki2 o collection.anki21); ¿es un paquete de mazo de Anki?</translation>
    </message>
    <message>
        <source>the media list of %1 is over %2 MiB; it cannot be right</source>
        <translation>la lista de medios de %1 supera los %2 MiB; no puede ser correcta</translation>
    </message>
    <message>
        <source>the media list of %1 is not the JSON object an Anki package has (%2)</source>
        <translation>la lista de medios de %1 no es el objeto JSON que tiene un paquete de Anki (%2)</translation>
    </message>
    <message>
        <source>%1 is not in the package</source>
        <translation>%1 no está en el paquete</translation>
    </message>
    <message>
        <source>%1 lists %2, but the file is not in it</source>
        <translation>%1 incluye %2 en su lista, pero el archivo no está en el paquete</translation>
    </message>
    <message>
        <source>%1 in %2 unpacks to more than %3 MiB (at most %4 MiB for this file, %5 MiB for the whole package); it was not imported</source>
        <translation>%1 de %2 ocupa más de %3 MiB al descomprimirse (como máximo %4 MiB para este archivo y %5 MiB para todo el paquete); no se importó</translation>
    </message>
    <message>
        <source>cannot unpack %1 to %2: %3</source>
        <translation>no se puede descomprimir %1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3 bytes could be unpacked of the %4 it declares</source>
        <translation>%1 de %2 está dañado: solo se pudieron descomprimir %3 bytes de los %4 que declara</translation>
    </message>
</context>
<context>
    <name>DeepDive::BookmarkLabels</name>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>before the interview</source>
        <translation>antes de la entrevista</translation>
    </message>
    <message>
        <source>review again</source>
        <translation>repasar otra vez</translation>
    </message>
</context>
<context>
    <name>DeepDive::BookmarksView</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation>Temas con marcador</translation>
    </message>
    <message>
        <source>No bookmarks yet: press %1 on a topic.</source>
        <translation>Aún no hay marcadores: pulsa %1 en un tema.</translation>
    </message>
    <message>
        <source>Hide the bookmarks</source>
        <translation>Ocultar los marcadores</translation>
    </message>
</context>
<context>
    <name>DeepDive::CalendarHeatMap</name>
    <message>
        <source>Reviews per day over the last six months</source>
        <translation>Repasos por día en los últimos seis meses</translation>
    </message>
</context>
<context>
    <name>DeepDive::CodeEditor</name>
    <message>
        <source>Click the line with the bug (or move to it and press Enter)</source>
        <translation>Haz clic en la línea con el error (o ve hasta ella y pulsa Intro)</translation>
    </message>
</context>
<context>
    <name>DeepDive::CodePane</name>
    <message>
        <source>Pitfall</source>
        <translation>Trampa</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>This topic has no code snippets.</source>
        <translation>Este tema no tiene fragmentos de código.</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the snippet&apos;s code to the clipboard</source>
        <translation>Copia el código del fragmento al portapapeles</translation>
    </message>
    <message>
        <source>Copy snippet</source>
        <translation>Copiar fragmento</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run snippet</source>
        <translation>Ejecutar fragmento</translation>
    </message>
    <message>
        <source>Output of the run</source>
        <translation>Salida de la ejecución</translation>
    </message>
    <message>
        <source>Could not run python3: %1</source>
        <translation>No se pudo ejecutar python3: %1</translation>
    </message>
    <message>
        <source>Exit code %1 in %2 ms</source>
        <translation>Código de salida %1 en %2 ms</translation>
    </message>
    <message>
        <source> · prints the expected output ✓</source>
        <translation> · produce la salida esperada ✓</translation>
    </message>
    <message>
        <source> · differs from the expected output</source>
        <translation> · difiere de la salida esperada</translation>
    </message>
    <message>
        <source>Sn&amp;ippet:</source>
        <translation>&amp;Fragmento:</translation>
    </message>
    <message>
        <source>There is no snippet to run.</source>
        <translation>No hay ningún fragmento que ejecutar.</translation>
    </message>
    <message>
        <source>Only Python snippets can be run.</source>
        <translation>Solo se pueden ejecutar fragmentos en Python.</translation>
    </message>
    <message>
        <source>python3 was not found on PATH; install Python 3 to run snippets.</source>
        <translation>No se encontró python3 en el PATH; instala Python 3 para ejecutar fragmentos.</translation>
    </message>
    <message>
        <source>Answer the quiz card first: running it would give the answer away.</source>
        <translation>Responde primero a la tarjeta: ejecutarlo revelaría la respuesta.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Run the snippet with python3 (%1)</source>
        <translation>Ejecuta el fragmento con python3 (%1)</translation>
    </message>
    <message>
        <source>Stopped at the %1 s limit: the snippet took too long.</source>
        <translation>Detenido al llegar al límite de %1 s: el fragmento tardó demasiado.</translation>
    </message>
    <message>
        <source>Stopped: the snippet printed more than %1 MB; the output above is cut there.</source>
        <translation>Detenido: el fragmento imprimió más de %1 MB; la salida de arriba se corta ahí.</translation>
    </message>
    <message>
        <source>Code for this card</source>
        <translation>Código de esta tarjeta</translation>
    </message>
    <message>
        <source>No code for this card</source>
        <translation>Sin código para esta tarjeta</translation>
    </message>
    <message>
        <source>This card is answered without code. The topic&apos;s snippets come back when you have answered.</source>
        <translation>Esta tarjeta se responde sin código. Los fragmentos del tema vuelven cuando hayas respondido.</translation>
    </message>
    <message>
        <source>The fix: %1</source>
        <translation>La corrección: %1</translation>
    </message>
    <message>
        <source>Running the fix…</source>
        <translation>Ejecutando la corrección…</translation>
    </message>
</context>
<context>
    <name>DeepDive::DataDir</name>
    <message>
        <source>cannot create the data folder %1; check its parent&apos;s permissions or pass --data-dir with a folder you can write</source>
        <translation>no se puede crear la carpeta de datos %1; comprueba los permisos de la carpeta que la contiene o indica con --data-dir una carpeta en la que puedas escribir</translation>
    </message>
    <message>
        <source>the data folder %1 is not writable (%2); fix its permissions or pass --data-dir with a folder you can write</source>
        <translation>no se puede escribir en la carpeta de datos %1 (%2); corrige sus permisos o indica con --data-dir una carpeta en la que puedas escribir</translation>
    </message>
</context>
<context>
    <name>DeepDive::Database</name>
    <message>
        <source>it is not a SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>está truncada</translation>
    </message>
    <message>
        <source>cannot switch to WAL mode</source>
        <translation>no se puede cambiar al modo WAL</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>falló la migración al esquema %1: %2</translation>
    </message>
    <message>
        <source>Deep Dive is running without saving: your answers, bookmarks and notes from this session will not be kept.</source>
        <translation>Deep Dive se está ejecutando sin guardar: tus respuestas, marcadores y notas de esta sesión no se conservarán.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be used (%2) and could not be moved aside; it was left untouched.</source>
        <translation>No se puede usar tu base de datos de progreso %1 (%2) y no se pudo apartar; se ha dejado intacta.</translation>
    </message>
    <message>
        <source>Your progress database could not be used (%1) and a new one could not be made (%2). The damaged file was kept as %3.</source>
        <translation>No se pudo usar tu base de datos de progreso (%1) ni crear una nueva (%2). El archivo dañado se ha conservado como %3.</translation>
    </message>
    <message>
        <source>Your progress database could not be used (%1). It was kept as %2 and Deep Dive started a new one. You can bring back an earlier state with File &gt; Restore Backup.</source>
        <translation>No se pudo usar tu base de datos de progreso (%1). Se ha conservado como %2 y Deep Dive ha empezado una nueva. Puedes recuperar un estado anterior con Archivo &gt; Restaurar copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a file; it was left untouched.</source>
        <translation>%1 no es un archivo; se ha dejado intacto.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be read (%2); it was left untouched. Check its permissions.</source>
        <translation>No se puede leer tu base de datos de progreso %1 (%2); se ha dejado intacta. Comprueba sus permisos.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be used (%2) and its folder is not writable; it was left untouched.</source>
        <translation>No se puede usar tu base de datos de progreso %1 (%2) y no se puede escribir en su carpeta; se ha dejado intacta.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable, so no progress database can be made there. Fix its permissions or start with --data-dir.</source>
        <translation>No se puede escribir en la carpeta de datos %1, así que no se puede crear en ella una base de datos de progreso. Corrige sus permisos o inicia el programa con --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable and the progress database there cannot be read as it is; it was left untouched.</source>
        <translation>No se puede escribir en la carpeta de datos %1 y la base de datos de progreso que contiene no se puede leer tal como está; se ha dejado intacta.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable: your progress is shown but nothing new can be saved. Fix its permissions or start with --data-dir.</source>
        <translation>No se puede escribir en la carpeta de datos %1: se muestra tu progreso, pero no se puede guardar nada nuevo. Corrige sus permisos o inicia el programa con --data-dir.</translation>
    </message>
    <message>
        <source>the integrity check found: %1</source>
        <translation>la comprobación de integridad encontró: %1</translation>
    </message>
    <message>
        <source>Your progress database %1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). It was left untouched: update Deep Dive to use it.</source>
        <translation>Tu base de datos de progreso %1 la escribió una versión más reciente de Deep Dive (esquema %2; esta versión admite hasta el %3). Se ha dejado intacta: actualiza Deep Dive para usarla.</translation>
    </message>
    <message>
        <source>Your progress database needs an upgrade, but the backup copy made before every upgrade failed (%1). The database was left untouched.</source>
        <translation>Tu base de datos de progreso necesita una actualización, pero falló la copia de seguridad que se hace antes de cada actualización (%1). La base de datos se ha dejado intacta.</translation>
    </message>
    <message>
        <source>Upgrading your progress database failed (%1); it was left as it was.</source>
        <translation>Falló la actualización de tu base de datos de progreso (%1); se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>no se puede crear la carpeta para %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>no se puede cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>cannot move %1 aside; nothing was changed</source>
        <translation>no se puede apartar %1; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>it is damaged (the integrity check found: %1)</source>
        <translation>está dañada (la comprobación de integridad encontró: %1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Deep Dive (schema %1; this version knows up to %2)</source>
        <translation>la escribió una versión más reciente de Deep Dive (esquema %1; esta versión admite hasta el %2)</translation>
    </message>
    <message>
        <source>it is not a Deep Dive backup</source>
        <translation>no es una copia de seguridad de Deep Dive</translation>
    </message>
    <message>
        <source>it cannot be upgraded to this version (%1)</source>
        <translation>no se puede actualizar a esta versión (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 no se puede restaurar: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 could not be opened after it was restored (%2). Your progress was put back as it was.</source>
        <translation>%1 no se pudo abrir después de restaurarla (%2). Tu progreso ha vuelto a quedar como estaba.</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2; nothing was changed</source>
        <translation>no se puede renombrar %1 a %2; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it</source>
        <translation>la base de datos está ocupada: otro programa está escribiendo en ella</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only file or folder)</source>
        <translation>no se puede escribir en la base de datos (archivo o carpeta de solo lectura)</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>el disco informó de un error de lectura o escritura</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>el archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>no se puede abrir el archivo de la base de datos</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>el archivo no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>The write-ahead log %1 beside your progress database cannot be applied (%2) and could not be moved aside; both were left untouched.</source>
        <translation>El registro de escritura anticipada %1 junto a tu base de datos de progreso no se puede aplicar (%2) ni se pudo apartar; ambos se dejaron intactos.</translation>
    </message>
    <message>
        <source>The write-ahead log beside your progress database could not be applied (the check found: %1). It was kept as %2 and your progress was opened without it; if that log was your own, your last answers before it was written are not included.</source>
        <translation>El registro de escritura anticipada junto a tu base de datos de progreso no se pudo aplicar (la comprobación encontró: %1). Se guardó como %2 y tu progreso se abrió sin él; si ese registro era tuyo, faltan tus últimas respuestas anteriores a su escritura.</translation>
    </message>
    <message>
        <source>Your progress database %1 is busy: another program keeps it locked. It was left untouched; close that program and start Deep Dive again.</source>
        <translation>Tu base de datos de progreso %1 está ocupada: otro programa la mantiene bloqueada. Se dejó intacta; cierra ese programa y vuelve a iniciar Deep Dive.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be opened for writing (%2).</source>
        <translation>Tu base de datos de progreso %1 no se puede abrir para escritura (%2).</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be written (%2).</source>
        <translation>No se puede escribir en tu base de datos de progreso %1 (%2).</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be checked (%2).</source>
        <translation>Tu base de datos de progreso %1 no se puede comprobar (%2).</translation>
    </message>
    <message>
        <source>Your progress is shown, but nothing new can be saved until that is fixed (for example, until space is freed on the disk); then start Deep Dive again. The file was left untouched.</source>
        <translation>Tu progreso se muestra, pero no se puede guardar nada nuevo hasta que eso se resuelva (por ejemplo, hasta que se libere espacio en el disco); después vuelve a iniciar Deep Dive. El archivo se dejó intacto.</translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation>Se dejó intacta.</translation>
    </message>
    <message>
        <source>there is no progress database at %1 yet (Deep Dive makes it when it first starts)</source>
        <translation>todavía no hay ninguna base de datos de progreso en %1 (Deep Dive la crea la primera vez que se inicia)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read as a progress database: %2</source>
        <translation>%1 no se puede leer como base de datos de progreso: %2</translation>
    </message>
    <message>
        <source>%1 is busy: another program keeps it locked. Nothing was read; try again when it has finished.</source>
        <translation>%1 está ocupado: otro programa lo mantiene bloqueado. No se leyó nada; inténtalo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its folder is not writable, and SQLite must write beside the file to read the changes kept in %2. Copy the folder somewhere writable and use the copy.</source>
        <translation>%1 no se puede leer aquí: su carpeta no admite escritura, y SQLite necesita escribir junto al archivo para leer los cambios guardados en %2. Copia la carpeta a un lugar con permiso de escritura y usa la copia.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). Nothing was read and the file was left untouched: start Deep Dive to keep it aside and go on from a backup.</source>
        <translation>%1 está dañado (la comprobación de integridad encontró: %2). No se leyó nada y el archivo se dejó intacto: inicia Deep Dive para apartarlo y seguir desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). It was left untouched: update Deep Dive to read it.</source>
        <translation>%1 lo escribió una versión más reciente de Deep Dive (esquema %2; esta versión conoce hasta el %3). Se dejó intacto: actualiza Deep Dive para leerlo.</translation>
    </message>
    <message>
        <source>%1 has an older schema (%2), and the upgraded copy needed to read it could not be made (%3). It was left untouched.</source>
        <translation>%1 tiene un esquema anterior (%2), y no se pudo crear la copia actualizada necesaria para leerlo (%3). Se dejó intacto.</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (y %1 más)</translation>
    </message>
</context>
<context>
    <name>DeepDive::DayBars</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>DeepDive::DeckProblemsView</name>
    <message>
        <source>Problems in your decks</source>
        <translation>Problemas en tus mazos</translation>
    </message>
    <message>
        <source>Enter or a double click opens the file at this line</source>
        <translation>Intro o un doble clic abre el archivo en esta línea</translation>
    </message>
    <message numerus="yes">
        <source>Problems in your decks (%n), shown until fixed; the rest of each deck can be studied. Enter opens the file in your editor.</source>
        <translation>
            <numerusform>Problema en tus mazos (%n), visible hasta que se corrija; el resto de cada mazo se puede estudiar. Intro abre el archivo en tu editor.</numerusform>
            <numerusform>Problemas en tus mazos (%n), visibles hasta que se corrijan; el resto de cada mazo se puede estudiar. Intro abre el archivo en tu editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::DeckWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>DeepDive::EmptyFilterHint</name>
    <message>
        <source>No deck is loaded. Decks go in the data folder&apos;s decks/ folder, or start with --content DIR.</source>
        <translation>No hay ningún mazo cargado. Los mazos van en la carpeta decks/ de la carpeta de datos, o inicia con --content CARPETA.</translation>
    </message>
    <message>
        <source>No bookmarked topics yet. Bookmark a topic (toolbar: Bookmark Topic) to find it here.</source>
        <translation>Todavía no hay temas marcados. Marca un tema (barra de herramientas: Marcar tema) para encontrarlo aquí.</translation>
    </message>
    <message>
        <source>No weak topics: nothing you have answered is slipping. Topics come here after wrong answers, or when you bookmark them as weak.</source>
        <translation>No hay temas débiles: nada de lo que has respondido se te está olvidando. Los temas aparecen aquí tras respuestas incorrectas o cuando los marcas como débiles.</translation>
    </message>
    <message>
        <source>Nothing is due today. Study &gt; Study Due still offers new cards, or pick All topics and quiz yourself on any topic.</source>
        <translation>Hoy no hay nada pendiente. Estudio &gt; Estudiar pendientes sigue ofreciendo tarjetas nuevas, o elige «Todos los temas» y ponte a prueba con cualquier tema.</translation>
    </message>
    <message>
        <source>Every topic has been started: none is new.</source>
        <translation>Todos los temas están empezados: ninguno es nuevo.</translation>
    </message>
</context>
<context>
    <name>DeepDive::ExportAnkiCommand</name>
    <message>
        <source>Write the decks (or --scope&apos;s topics) to the Anki package &lt;file&gt; and exit.</source>
        <translation>Escribe los mazos (o los temas de --scope) en el paquete de Anki &lt;file&gt; y termina.</translation>
    </message>
    <message>
        <source>With --export-anki: each card&apos;s schedule and FSRS memory go with it.</source>
        <translation>Con --export-anki: cada tarjeta lleva su planificación y su memoria FSRS.</translation>
    </message>
    <message>
        <source>nothing was exported: %1</source>
        <translation>no se exportó nada: %1</translation>
    </message>
    <message>
        <source>warning: code goes without highlighting: %1</source>
        <translation>aviso: el código se exporta sin resaltado: %1</translation>
    </message>
</context>
<context>
    <name>DeepDive::ExportDialog</name>
    <message>
        <source>Add each topic&apos;s &amp;questions with their answers</source>
        <translation>&amp;Incluir las preguntas de cada tema con sus respuestas</translation>
    </message>
    <message>
        <source>Print the summaries of:</source>
        <translation>Imprimir los resúmenes de:</translation>
    </message>
    <message>
        <source>The &amp;current topic</source>
        <translation>El &amp;tema actual</translation>
    </message>
    <message>
        <source>The topics &amp;selected in the tree (%1)</source>
        <translation>Los temas &amp;seleccionados en el árbol (%1)</translation>
    </message>
    <message>
        <source>The current s&amp;ection</source>
        <translation>La s&amp;ección actual</translation>
    </message>
    <message>
        <source>The &amp;bookmarked topics</source>
        <translation>Los temas con &amp;marcador</translation>
    </message>
    <message>
        <source>The &amp;weak topics</source>
        <translation>Los temas &amp;débiles</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>The whole &amp;deck</source>
        <translation>El mazo c&amp;ompleto</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>Incluir mis &amp;notas</translation>
    </message>
    <message>
        <source>Under each question</source>
        <translation>Debajo de cada pregunta</translation>
    </message>
    <message>
        <source>At the end of each topic</source>
        <translation>Al final de cada tema</translation>
    </message>
    <message>
        <source>At the end of the handout</source>
        <translation>Al final de los apuntes</translation>
    </message>
    <message>
        <source>Answers after the questions let you test yourself with the handout.</source>
        <translation>Con las respuestas después de las preguntas, puedes ponerte a prueba con los apuntes.</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Respuestas:</translation>
    </message>
    <message>
        <source>Your own notes on each topic, under “My notes”.</source>
        <translation>Tus propias notas de cada tema, bajo «Mis notas».</translation>
    </message>
</context>
<context>
    <name>DeepDive::FindBar</name>
    <message>
        <source>Find in topic</source>
        <translation>Buscar en el tema</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>The window</source>
        <translation>La ventana</translation>
    </message>
    <message>
        <source>On the left, the deck&apos;s topics by section; the list above them shows only the bookmarked, weak, due or new ones. In the middle, the code of the open topic: the pitfall, and beside it the fix; %1 shows what a snippet prints. On the right, the topic&apos;s notes, its quiz, and your own notes.</source>
        <translation>A la izquierda, los temas del mazo por sección; la lista de encima muestra solo los marcados, débiles, pendientes o nuevos. En el centro, el código del tema abierto: la trampa y, a su lado, la corrección; %1 muestra lo que imprime un fragmento. A la derecha, las notas del tema, su cuestionario y tus propias notas.</translation>
    </message>
    <message>
        <source>A first evening</source>
        <translation>Una primera tarde</translation>
    </message>
    <message>
        <source>Read a topic, then answer its quiz. Every answer is saved at once and schedules the card: it comes back when you are about to forget it. %1 gathers the cards that are due across the deck, with a few new ones each day (%2); a card you get wrong comes back later in the same session. %3 takes the last answer back.</source>
        <translation>Lee un tema y responde a su cuestionario. Cada respuesta se guarda al instante y programa la tarjeta: vuelve cuando estás a punto de olvidarla. %1 reúne las tarjetas pendientes de todo el mazo, con algunas nuevas cada día (%2); una tarjeta que fallas vuelve más tarde en la misma sesión. %3 deshace la última respuesta.</translation>
    </message>
    <message>
        <source>Keeping track</source>
        <translation>Seguir el progreso</translation>
    </message>
    <message>
        <source>%1 marks a topic to come back to, %2 with a label such as “weak”; %3 lists them under the topics. %4 shows what you have mastered and what is due; after %5, %6 spreads the topics over the days left, weakest first.</source>
        <translation>%1 marca un tema para volver a él, %2 con una etiqueta como «débil»; %3 los lista bajo los temas. %4 muestra lo que dominas y lo que está pendiente; tras %5, %6 reparte los temas entre los días que quedan, los más débiles primero.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>%1 looks through every topic, card and your own notes; %2 finds words in the open topic.</source>
        <translation>%1 busca en todos los temas, tarjetas y tus propias notas; %2 encuentra palabras en el tema abierto.</translation>
    </message>
    <message>
        <source>Taking it with you</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <source>%1 makes a handout of chosen topics, with the quiz answers where you want them. %2 saves your progress, notes and bookmarks to a file that %3 brings in on another computer.</source>
        <translation>%1 crea un resumen de los temas elegidos, con las respuestas del cuestionario donde las quieras. %2 guarda tu progreso, tus notas y marcadores en un archivo que %3 incorpora en otro ordenador.</translation>
    </message>
    <message>
        <source>%1 lists every key of the window and the quiz.</source>
        <translation>%1 lista todas las teclas de la ventana y del cuestionario.</translation>
    </message>
</context>
<context>
    <name>DeepDive::Highlighting</name>
    <message>
        <source>the highlighting plugin could not be loaded (%1)</source>
        <translation>no se pudo cargar el complemento de resaltado (%1)</translation>
    </message>
</context>
<context>
    <name>DeepDive::ImportAnkiCommand</name>
    <message>
        <source>Make a deck folder from the Anki package &lt;file&gt; and exit.</source>
        <translation>Crea una carpeta de mazo a partir del paquete de Anki &lt;file&gt; y termina.</translation>
    </message>
    <message>
        <source>With --import-anki: the folder the deck goes into (default: decks/ in the data folder).</source>
        <translation>Con --import-anki: la carpeta en la que se guarda el mazo (predeterminado: decks/ en la carpeta de datos).</translation>
    </message>
    <message>
        <source>nothing was imported: the folder %1 cannot be made; choose another with --to</source>
        <translation>no se importó nada: no se puede crear la carpeta %1; elige otra con --to</translation>
    </message>
</context>
<context>
    <name>DeepDive::IntervalText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mes.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a.</translation>
    </message>
</context>
<context>
    <name>DeepDive::Journal</name>
    <message>
        <source>the line has no checksum</source>
        <translation>la línea no tiene suma de comprobación</translation>
    </message>
    <message>
        <source>the line&apos;s checksum does not match (damaged or incomplete)</source>
        <translation>la suma de comprobación de la línea no coincide (dañada o incompleta)</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>la línea no es un objeto JSON</translation>
    </message>
    <message>
        <source>its first line is not a Deep Dive journal header</source>
        <translation>su primera línea no es una cabecera de diario de Deep Dive</translation>
    </message>
    <message>
        <source>it was written by a newer Deep Dive (journal format %1; this version reads up to %2): its changes are not merged until Deep Dive is updated</source>
        <translation>lo escribió un Deep Dive más reciente (formato de diario %1; esta versión lee hasta el %2): sus cambios no se incorporan hasta que se actualice Deep Dive</translation>
    </message>
    <message>
        <source>its header has no valid format version</source>
        <translation>su cabecera no tiene una versión de formato válida</translation>
    </message>
</context>
<context>
    <name>DeepDive::JournalReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a journal can be (%2 bytes); it was not read</source>
        <translation>%1 es más grande de lo que puede ser un diario (%2 bytes); no se leyó</translation>
    </message>
    <message>
        <source>%1:1: %2; the journal was not read</source>
        <translation>%1:1: %2; no se leyó el diario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3; the line was skipped</source>
        <translation>%1:%2: %3; se omitió la línea</translation>
    </message>
</context>
<context>
    <name>DeepDive::MainWindow</name>
    <message>
        <source>the progress database is read-only</source>
        <translation>la base de datos de progreso es de solo lectura</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation>&amp;Mis notas</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <source>&amp;Highlighting Theme</source>
        <translation>Tema de resa&amp;ltado</translation>
    </message>
    <message>
        <source>Search is not available.</source>
        <translation>La búsqueda no está disponible.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Automatic (follows light or dark)</source>
        <translation>&amp;Automático (según el modo claro u oscuro)</translation>
    </message>
    <message>
        <source>Study Due</source>
        <translation>Estudiar pendientes</translation>
    </message>
    <message>
        <source>%1 (%2 due)</source>
        <translation>%1 (pendientes: %2)</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>No se pudo guardar la sesión: %1</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>These topics became weak: %1.</source>
        <translation>Estos temas han pasado a ser débiles: %1.</translation>
    </message>
    <message>
        <source>&amp;Bookmark them as weak</source>
        <translation>&amp;Marcarlos como débiles</translation>
    </message>
    <message>
        <source>Interview Date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>My interview is on:</source>
        <translation>Mi entrevista es el:</translation>
    </message>
    <message>
        <source>Interview on %1: Study &gt; Plan to Interview spreads the topics over the days left.</source>
        <translation>Entrevista el %1: Estudio &gt; Plan hasta la entrevista reparte los temas entre los días que quedan.</translation>
    </message>
    <message>
        <source>No interview date.</source>
        <translation>Sin fecha de entrevista.</translation>
    </message>
    <message>
        <source>Plan to Interview</source>
        <translation>Plan hasta la entrevista</translation>
    </message>
    <message>
        <source>Set a future interview date first (Study &gt; Set Interview Date).</source>
        <translation>Primero fija una fecha futura para la entrevista (Estudio &gt; Fijar fecha de la entrevista).</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>The bookmark was not saved: %1</source>
        <translation>No se guardó el marcador: %1</translation>
    </message>
    <message>
        <source>Bookmark with Label</source>
        <translation>Marcar con etiqueta</translation>
    </message>
    <message>
        <source>Label for “%1”:</source>
        <translation>Etiqueta para «%1»:</translation>
    </message>
    <message>
        <source>Could not save the time spent on this topic: %1</source>
        <translation>No se pudo guardar el tiempo dedicado a este tema: %1</translation>
    </message>
    <message>
        <source>Study session paused: Study &gt; Study Due resumes it.</source>
        <translation>Sesión de estudio en pausa: Estudio &gt; Estudiar pendientes la reanuda.</translation>
    </message>
    <message>
        <source>About Deep Dive</source>
        <translation>Acerca de Deep Dive</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deep Dive %1&lt;/h3&gt;&lt;p&gt;Study technical theory for interviews: topics, highlighted pitfalls and quizzes, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deep Dive %1&lt;/h3&gt;&lt;p&gt;Estudio de teoría técnica para entrevistas: temas, trampas resaltadas y cuestionarios, sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There are no topics to print in “%1”.</source>
        <translation>No hay temas que imprimir en «%1».</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>No se escribió el PDF: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Falló la impresión: %1</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Exportar progreso</translation>
    </message>
    <message>
        <source>Deep Dive progress (*.json)</source>
        <translation>Progreso de Deep Dive (*.json)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Importar progreso</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>There is no backup yet. Deep Dive makes one each day you study, in %1.</source>
        <translation>Aún no hay ninguna copia de seguridad. Deep Dive hace una cada día que estudias, en %1.</translation>
    </message>
    <message>
        <source>Bring back your progress as it was in:</source>
        <translation>Recuperar el progreso tal como estaba en:</translation>
    </message>
    <message>
        <source>Replace your current progress with the backup %1? Your current database is kept beside it, renamed, so nothing is lost.</source>
        <translation>¿Sustituir tu progreso actual por la copia de seguridad %1? Tu base de datos actual se conserva a su lado con otro nombre, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Your progress is back as it was in %1.</source>
        <translation>Tu progreso ha vuelto a estar como en %1.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Deep Dive will use the new language the next time it starts.</source>
        <translation>Deep Dive usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message numerus="yes">
        <source>You left a study session after %1 of %n card(s). Resume it?</source>
        <translation>
            <numerusform>Dejaste a medias una sesión de estudio tras %1 de %n tarjeta. ¿Quieres reanudarla?</numerusform>
            <numerusform>Dejaste a medias una sesión de estudio tras %1 de %n tarjetas. ¿Quieres reanudarla?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Desired Retention</source>
        <translation>Retención deseada</translation>
    </message>
    <message>
        <source>Chance of remembering a card when it is due (now %1):</source>
        <translation>Probabilidad de recordar una tarjeta cuando toca repasarla (ahora: %1):</translation>
    </message>
    <message>
        <source>Desired retention: %1. New intervals use it from the next answer.</source>
        <translation>Retención deseada: %1. Los nuevos intervalos la usarán a partir de la próxima respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n day(s) to your interview. Each day, review these topics (the weakest on the day come first):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Queda %n día para tu entrevista. Cada día, repasa estos temas (primero, los más débiles ese día):&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Quedan %n días para tu entrevista. Cada día, repasa estos temas (primero, los más débiles ese día):&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation>
            <numerusform>%1 de %n tarjeta dominada</numerusform>
            <numerusform>%1 de %n tarjetas dominadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>pendientes: %1</translation>
    </message>
    <message>
        <source>days in a row: %1</source>
        <translation>días seguidos: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation>Se ha creado %3 con %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Se ha exportado a %2: %1.</translation>
    </message>
    <message>
        <source>Merged %1 from %2 into your progress.</source>
        <translation>Se ha incorporado a tu progreso desde %2: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Study %n Due</source>
        <translation>
            <numerusform>Estudiar pendientes (%n)</numerusform>
            <numerusform>Estudiar pendientes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Code is shown without highlighting: %1</source>
        <translation>El código se muestra sin resaltado: %1</translation>
    </message>
    <message>
        <source>The decks changed on disk: Study &gt; Study Due resumes the session.</source>
        <translation>Los mazos han cambiado en el disco: Estudio &gt; Estudiar pendientes reanuda la sesión.</translation>
    </message>
    <message>
        <source>Where you are in the session was not saved: %1</source>
        <translation>No se guardó por dónde vas en la sesión: %1</translation>
    </message>
    <message>
        <source>Your progress was replaced: Study &gt; Study Due starts a new session.</source>
        <translation>Tu progreso se ha reemplazado: Estudio &gt; Estudiar pendientes empieza una sesión nueva.</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Comprobando la copia de seguridad %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Answer undone: the card is asked again.</source>
        <translation>Respuesta deshecha: la tarjeta se vuelve a preguntar.</translation>
    </message>
    <message>
        <source>Undo Answer</source>
        <translation>Deshacer respuesta</translation>
    </message>
    <message>
        <source>The answer was not taken back: %1</source>
        <translation>No se pudo deshacer la respuesta: %1</translation>
    </message>
    <message>
        <source>U&amp;ndo Answer</source>
        <translation>Des&amp;hacer respuesta</translation>
    </message>
    <message>
        <source>U&amp;ndo Answer to “%1”</source>
        <translation>Des&amp;hacer respuesta a «%1»</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>%1 — the day before: once more over the weakest</source>
        <translation>%1 — el día antes: repasar otra vez los más débiles</translation>
    </message>
    <message>
        <source>No other topic is weak.</source>
        <translation>Ningún otro tema es débil.</translation>
    </message>
    <message numerus="yes">
        <source>Study the due cards of (with up to %n new card(s) a day; %1 left today; Study &gt; New Cards per Day changes it):</source>
        <translation>
            <numerusform>Estudiar las tarjetas pendientes de (con hasta %n tarjeta nueva al día; quedan %1 hoy; Estudio &gt; Tarjetas nuevas por día lo cambia):</numerusform>
            <numerusform>Estudiar las tarjetas pendientes de (con hasta %n tarjetas nuevas al día; quedan %1 hoy; Estudio &gt; Tarjetas nuevas por día lo cambia):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the %n card(s) I missed today</source>
        <translation>
            <numerusform>Repasar la %n tarjeta que fallé hoy</numerusform>
            <numerusform>Repasar las %n tarjetas que fallé hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Study ahead: the %n card(s) due in the next %1 days</source>
        <translation>
            <numerusform>Adelantar: la %n tarjeta pendiente en los próximos %1 días</numerusform>
            <numerusform>Adelantar: las %n tarjetas pendientes en los próximos %1 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learn %n more new card(s)</source>
        <translation>
            <numerusform>Aprender %n tarjeta nueva más</numerusform>
            <numerusform>Aprender %n tarjetas nuevas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in “%1”, and every card in it has been learnt.</source>
        <translation>No hay nada pendiente en «%1», y todas sus tarjetas están aprendidas.</translation>
    </message>
    <message>
        <source>Nothing is due in “%1”, and today&apos;s new cards are done. Go on with:</source>
        <translation>No hay nada pendiente en «%1», y las tarjetas nuevas de hoy están hechas. Seguir con:</translation>
    </message>
    <message>
        <source>New Cards per Day</source>
        <translation>Tarjetas nuevas por día</translation>
    </message>
    <message>
        <source>New cards a study session may bring in each day (now %1):</source>
        <translation>Tarjetas nuevas que una sesión puede incluir cada día (ahora %1):</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Apari&amp;encia</translation>
    </message>
    <message>
        <source>Takes effect when Deep Dive starts again</source>
        <translation>Se aplica al volver a iniciar Deep Dive</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>Colores del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message numerus="yes">
        <source>Studied %n card(s), %1 right the first time, in %2 min.</source>
        <translation>
            <numerusform>%n tarjeta estudiada, %1 acertada a la primera, en %2 min.</numerusform>
            <numerusform>%n tarjetas estudiadas, %1 acertadas a la primera, en %2 min.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Deck</source>
        <translation>Nuevo mazo</translation>
    </message>
    <message>
        <source>Title of the new deck:</source>
        <translation>Título del nuevo mazo:</translation>
    </message>
    <message>
        <source>My deck</source>
        <translation>Mi mazo</translation>
    </message>
    <message>
        <source>No deck was made: %1</source>
        <translation>No se creó ningún mazo: %1</translation>
    </message>
    <message>
        <source>The deck “%1” is in %2, with an example topic of every card type. Edit its files in any editor: the window shows each change as you save it.</source>
        <translation>El mazo «%1» está en %2, con un tema de ejemplo de cada tipo de tarjeta. Edita sus archivos en cualquier editor: la ventana muestra cada cambio en cuanto guardas.</translation>
    </message>
    <message>
        <source>Copy Deck to Edit</source>
        <translation>Copiar mazo para editar</translation>
    </message>
    <message>
        <source>The deck was not copied: %1</source>
        <translation>El mazo no se copió: %1</translation>
    </message>
    <message>
        <source>“%1” is copied to %2 and takes the place of the original, with your progress. Edit its files in any editor: the window shows each change as you save it.</source>
        <translation>«%1» se ha copiado en %2 y ocupa el lugar del original, con tu progreso. Edita sus archivos en cualquier editor: la ventana muestra cada cambio en cuanto guardas.</translation>
    </message>
    <message>
        <source>Import Progress stopped: nothing was imported.</source>
        <translation>Importación de progreso detenida: no se importó nada.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Combinando %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Starting a session of %n card(s)…</source>
        <translation>
            <numerusform>Empezando una sesión de %n tarjeta…</numerusform>
            <numerusform>Empezando una sesión de %n tarjetas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming the session at card %1 of %2…</source>
        <translation>Reanudando la sesión en la tarjeta %1 de %2…</translation>
    </message>
</context>
<context>
    <name>DeepDive::NoteHistory</name>
    <message>
        <source>that version of the note is no longer in conflict with yours</source>
        <translation>esa versión de la nota ya no está en conflicto con la tuya</translation>
    </message>
</context>
<context>
    <name>DeepDive::NoteStore</name>
    <message>
        <source>a note can hold at most %1</source>
        <translation>una nota puede ocupar como máximo %1</translation>
    </message>
</context>
<context>
    <name>DeepDive::NotesEditor</name>
    <message>
        <source>Your notes (Markdown)</source>
        <translation>Tus notas (Markdown)</translation>
    </message>
    <message>
        <source>Your own notes for this topic, in Markdown. They are saved as you type.</source>
        <translation>Tus propias notas sobre este tema, en Markdown. Se guardan mientras escribes.</translation>
    </message>
    <message>
        <source>Your notes, rendered</source>
        <translation>Tus notas, con formato</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>*No notes yet.*</source>
        <translation>*Aún no hay notas.*</translation>
    </message>
    <message>
        <source>Select a topic to write notes about it.</source>
        <translation>Selecciona un tema para escribir notas sobre él.</translation>
    </message>
    <message>
        <source>Your progress database is read-only: notes cannot be saved.</source>
        <translation>Tu base de datos de progreso es de solo lectura: no se pueden guardar las notas.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado el %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Switch between editing and the rendered notes (%1)</source>
        <translation>Alterna entre la edición y la vista formateada de las notas (%1)</translation>
    </message>
    <message>
        <source>Not saved yet: %1. This text is newer than the saved note; it will be saved with the next change.</source>
        <translation>Aún sin guardar: %1. Este texto es más reciente que la nota guardada; se guardará con el próximo cambio.</translation>
    </message>
    <message>
        <source>recovered after a failed save</source>
        <translation>recuperado tras un guardado fallido</translation>
    </message>
    <message>
        <source>the progress database is read-only</source>
        <translation>la base de datos de progreso es de solo lectura</translation>
    </message>
    <message>
        <source>the database did not say why</source>
        <translation>la base de datos no indicó el motivo</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here and in %2; it will be saved with the next change.</source>
        <translation>No se guardó: %1. Tu texto sigue aquí y en %2; se guardará con el próximo cambio.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here (a recovery file could not be written either); it will be saved with the next change.</source>
        <translation>No se guardó: %1. Tu texto sigue aquí (tampoco se pudo escribir un archivo de recuperación); se guardará con el próximo cambio.</translation>
    </message>
    <message>
        <source>this note is longer than the %1 a note can hold</source>
        <translation>esta nota ocupa más de los %1 que puede ocupar una nota</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here; shorten it to save it.</source>
        <translation>No guardado: %1. Tu texto se queda aquí; acórtalo para guardarlo.</translation>
    </message>
    <message>
        <source>They are kept in %1 and will be saved the next time Deep Dive starts.</source>
        <translation>Se conservan en %1 y se guardarán la próxima vez que se inicie Deep Dive.</translation>
    </message>
    <message>
        <source>They could not be written to a recovery file either: closing now loses them. Copy them somewhere else first.</source>
        <translation>Tampoco se pudieron escribir en un archivo de recuperación: si cierras ahora, se pierden. Cópialas antes a otro sitio.</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Notas sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>Your notes on %n topic(s) could not be saved: %1.</source>
        <translation>
            <numerusform>No se pudieron guardar tus notas de %n tema: %1.</numerusform>
            <numerusform>No se pudieron guardar tus notas de %n temas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Deep Dive anyway?</source>
        <translation>¿Cerrar Deep Dive de todos modos?</translation>
    </message>
</context>
<context>
    <name>DeepDive::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>DeepDive::OwnJournal</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2</source>
        <translation>%1 no se puede volver a leer: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::PairView</name>
    <message>
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <source>Situation %1: %2</source>
        <translation>Situación %1: %2</translation>
    </message>
    <message>
        <source>(the right one)</source>
        <translation>(la correcta)</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(tu elección)</translation>
    </message>
    <message>
        <source>current situation</source>
        <translation>situación actual</translation>
    </message>
</context>
<context>
    <name>DeepDive::PrintScope</name>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation>Temas con marcador</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>Temas débiles</translation>
    </message>
    <message>
        <source>there is no section with the id &quot;%1&quot;</source>
        <translation>no hay ninguna sección con el identificador «%1»</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <source>there is no topic with the id &quot;%1&quot;</source>
        <translation>no hay ningún tema con el identificador «%1»</translation>
    </message>
    <message>
        <source>Selected topics</source>
        <translation>Temas seleccionados</translation>
    </message>
    <message>
        <source>there is no deck with the id &quot;%1&quot;</source>
        <translation>no hay ningún mazo con el identificador «%1»</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot;; use all, bookmarked, weak, deck:ID, section:ID or topics:ID,ID</source>
        <translation>ámbito desconocido «%1»; usa all, bookmarked, weak, deck:ID, section:ID o topics:ID,ID</translation>
    </message>
</context>
<context>
    <name>DeepDive::ProgressExchange</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 no es JSON válido (en el byte %2: %3)</translation>
    </message>
    <message>
        <source>%1 is not a Deep Dive progress export</source>
        <translation>%1 no es una exportación de progreso de Deep Dive</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Deep Dive (format %2); update Deep Dive to import it</source>
        <translation>%1 lo exportó una versión más reciente de Deep Dive (formato %2); actualiza Deep Dive para importarlo</translation>
    </message>
    <message>
        <source>the progress database is read-only; nothing was imported</source>
        <translation>la base de datos de progreso es de solo lectura; no se ha importado nada</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card state(s)</source>
        <translation>
            <numerusform>%n estado de tarjeta</numerusform>
            <numerusform>%n estados de tarjeta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n marcador</numerusform>
            <numerusform>%n marcadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic visit(s)</source>
        <translation>
            <numerusform>%n visita a temas</numerusform>
            <numerusform>%n visitas a temas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 and %5</source>
        <translation>%1, %2, %3, %4 y %5</translation>
    </message>
    <message>
        <source>%1: the note on %2 / %3 is longer than the %4 a note can hold; nothing was imported</source>
        <translation>%1: la nota de %2 / %3 ocupa más de los %4 que puede ocupar una nota; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: an earlier version of the note on %2 / %3 is longer than the %4 a note can hold; nothing was imported</source>
        <translation>%1: una versión anterior de la nota de %2 / %3 ocupa más de los %4 que puede ocupar una nota; no se ha importado nada</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>card state</source>
        <translation>estado de tarjeta</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>marcador</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>topic visit</source>
        <translation>visita a un tema</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list; nothing was imported</source>
        <translation>%1: «%2» no es una lista; no se importó nada</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 is not an object; nothing was imported</source>
        <translation>%1: %2 %3 de %4 no es un objeto; no se importó nada</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 has a missing or invalid &quot;%5&quot;; nothing was imported</source>
        <translation>%1: en %2 %3 de %4 falta «%5» o no es válido; no se importó nada</translation>
    </message>
    <message>
        <source>the import was stopped; nothing was imported</source>
        <translation>la importación se detuvo; no se importó nada</translation>
    </message>
</context>
<context>
    <name>DeepDive::QuizPanel</name>
    <message>
        <source>Recall</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Predict the output</source>
        <translation>Predecir la salida</translation>
    </message>
    <message>
        <source>Spot the bug</source>
        <translation>Encontrar el error</translation>
    </message>
    <message>
        <source>Which one fits?</source>
        <translation>¿Cuál encaja?</translation>
    </message>
    <message>
        <source>&amp;Next card</source>
        <translation>Siguie&amp;nte tarjeta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Show answer (Space)</source>
        <translation>Mostrar respuesta (Espacio)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation>1 Otra vez</translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation>2 Difícil</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 Bien</translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation>4 Fácil</translation>
    </message>
    <message>
        <source>I did not remember it</source>
        <translation>No lo recordaba</translation>
    </message>
    <message>
        <source>I remembered it with real effort</source>
        <translation>Lo recordé con mucho esfuerzo</translation>
    </message>
    <message>
        <source>I remembered it</source>
        <translation>Lo recordé</translation>
    </message>
    <message>
        <source>I knew it at once</source>
        <translation>Lo supe enseguida</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Check (Ctrl+Enter)</source>
        <translation>Comprobar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Your predicted output</source>
        <translation>Tu predicción de la salida</translation>
    </message>
    <message>
        <source>Type what the snippet prints, one line per line</source>
        <translation>Escribe lo que imprime el fragmento, línea a línea</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Go to the next card (Enter)</source>
        <translation>Ir a la siguiente tarjeta (Intro)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 correct. Pick another topic, or study what is due.</source>
        <translation>Terminado: %1 de %2 correctas. Elige otro tema o estudia lo pendiente.</translation>
    </message>
    <message>
        <source>This topic has no quiz cards.</source>
        <translation>Este tema no tiene tarjetas.</translation>
    </message>
    <message>
        <source>Card %1 of %2 · %3</source>
        <translation>Tarjeta %1 de %2 · %3</translation>
    </message>
    <message>
        <source>What does the snippet in the code pane print?</source>
        <translation>¿Qué imprime el fragmento del panel de código?</translation>
    </message>
    <message>
        <source>Which line of the snippet in the code pane has the bug?</source>
        <translation>¿Qué línea del fragmento del panel de código tiene el error?</translation>
    </message>
    <message>
        <source>Your answer was not saved: %1</source>
        <translation>No se guardó tu respuesta: %1</translation>
    </message>
    <message>
        <source>More than one option is right: pick each with its number, then check.</source>
        <translation>Hay más de una opción correcta: elige cada una con su número y después comprueba.</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Respuesta guardada como «%1».</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Correcto</translation>
    </message>
    <message>
        <source>✗ Not quite</source>
        <translation>✗ No exactamente</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tuya</translation>
    </message>
    <message>
        <source>Line %1 is the bug. The fix is shown with it, in the code pane.</source>
        <translation>El error está en la línea %1. La corrección se muestra con él, en el panel de código.</translation>
    </message>
    <message>
        <source>You picked line %1; the bug is on line %2. The fix is shown with it, in the code pane.</source>
        <translation>Elegiste la línea %1; el error está en la línea %2. La corrección se muestra con él, en el panel de código.</translation>
    </message>
    <message>
        <source>&amp;Next card (Enter)</source>
        <translation>Siguie&amp;nte tarjeta (Intro)</translation>
    </message>
    <message>
        <source>&amp;Finish (Enter)</source>
        <translation>Termi&amp;nar (Intro)</translation>
    </message>
    <message>
        <source>Keys: 1 or 2 (or A, B) answers the situation marked ▸ and moves on; ↑ and ↓ move the mark; Ctrl+Enter checks.</source>
        <translation>Teclas: 1 o 2 (o A, B) responde la situación marcada con ▸ y pasa a la siguiente; ↑ y ↓ mueven la marca; Ctrl+Intro comprueba.</translation>
    </message>
    <message>
        <source>Saved “%1” · next review in %2</source>
        <translation>Guardado como «%1» · próximo repaso en %2</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Guardado como «%1».</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>right, and you picked it</source>
        <translation>correcta, y la elegiste</translation>
    </message>
    <message>
        <source>right, but you did not pick it</source>
        <translation>correcta, pero no la elegiste</translation>
    </message>
    <message>
        <source>wrong, and you picked it</source>
        <translation>incorrecta, y la elegiste</translation>
    </message>
    <message>
        <source>Keys: ↑ and ↓ move through the lines of the code, Enter picks the line with the bug; or click it.</source>
        <translation>Teclas: ↑ y ↓ recorren las líneas del código, Intro elige la línea con el error; o haz clic en ella.</translation>
    </message>
    <message>
        <source>Ne&amp;xt topic</source>
        <translation>Tema si&amp;guiente</translation>
    </message>
    <message>
        <source>Next &amp;weak topic</source>
        <translation>Siguiente tema &amp;débil</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry the %n missed card(s)</source>
        <translation>
            <numerusform>&amp;Repetir %n tarjeta fallada</numerusform>
            <numerusform>&amp;Repetir %n tarjetas falladas</numerusform>
        </translation>
    </message>
    <message>
        <source>This card comes back next, to learn it again.</source>
        <translation>Esta tarjeta vuelve a continuación, para aprenderla de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>This card comes back after %n more card(s), to learn it again.</source>
        <translation>
            <numerusform>Esta tarjeta vuelve tras %n tarjeta más, para aprenderla de nuevo.</numerusform>
            <numerusform>Esta tarjeta vuelve tras %n tarjetas más, para aprenderla de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::ReviewStore</name>
    <message>
        <source>that answer is no longer the card&apos;s last one</source>
        <translation>esa respuesta ya no es la última de la tarjeta</translation>
    </message>
    <message>
        <source>the card&apos;s schedule was changed after that answer (by an import)</source>
        <translation>la planificación de la tarjeta cambió después de esa respuesta (por una importación)</translation>
    </message>
</context>
<context>
    <name>DeepDive::SearchDialog</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards</source>
        <translation>Buscar en temas, notas, fragmentos de código y tarjetas</translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards…</source>
        <translation>Buscar en temas, notas, fragmentos de código y tarjetas…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Creando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the selected match.</source>
        <translation>Escribe para buscar; Intro abre el resultado seleccionado.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Type one more letter: search starts at two.</source>
        <translation>Escribe una letra más: la búsqueda empieza a partir de dos.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: kind · topic</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Did you mean &lt;a href=&quot;suggestion&quot;&gt;%2&lt;/a&gt;? Its matches are shown.</source>
        <translation>Nada coincide con «%1». ¿Quisiste decir &lt;a href=&quot;suggestion&quot;&gt;%2&lt;/a&gt;? Se muestran sus coincidencias.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SearchIndex</name>
    <message>
        <source>only %1 is free on the disk that holds %2; search stays off until %3 are free, so that the space goes to your progress</source>
        <translation>solo quedan %1 libres en el disco que contiene %2; la búsqueda sigue desactivada hasta que haya %3 libres, para que el espacio sea para tu progreso</translation>
    </message>
</context>
<context>
    <name>DeepDive::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menus and the window</source>
        <translation>Menús y ventana</translation>
    </message>
    <message>
        <source>In the quiz</source>
        <translation>En el cuestionario</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Show the answer of a recall card</source>
        <translation>Mostrar la respuesta de una tarjeta «Recordar»</translation>
    </message>
    <message>
        <source>1 2 3 4</source>
        <translation>1 2 3 4</translation>
    </message>
    <message>
        <source>Grade a recall card (Again, Hard, Good, Easy); pick an option of a multiple-choice card</source>
        <translation>Calificar una tarjeta «Recordar» (Otra vez, Difícil, Bien, Fácil); elegir una opción de una pregunta de opción múltiple</translation>
    </message>
    <message>
        <source>1 2 or A B, ↑ ↓</source>
        <translation>1 2 o A B, ↑ ↓</translation>
    </message>
    <message>
        <source>Which one fits: answer the marked situation; move the mark</source>
        <translation>¿Cuál encaja?: responder la situación marcada; mover la marca</translation>
    </message>
    <message>
        <source>↑ ↓, Enter</source>
        <translation>↑ ↓, Intro</translation>
    </message>
    <message>
        <source>Spot the bug: move through the lines of the code; pick the line</source>
        <translation>Encontrar el error: recorrer las líneas del código; elegir la línea</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Check a prediction, a multiple-choice card with several answers, or a pair card</source>
        <translation>Comprobar una predicción, una pregunta con varias respuestas o una tarjeta «¿Cuál encaja?»</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Next card, after the feedback</source>
        <translation>Siguiente tarjeta, tras la corrección</translation>
    </message>
</context>
<context>
    <name>DeepDive::SingleInstance</name>
    <message>
        <source>the disk may be full</source>
        <translation>puede que el disco esté lleno</translation>
    </message>
    <message>
        <source>The lock file %1 was left by a Deep Dive that is no longer running (process %2), and it could not be replaced (%3). Deep Dive runs anyway; free some disk space so that the next start can lock its data folder again.</source>
        <translation>El archivo de bloqueo %1 lo dejó un Deep Dive que ya no se está ejecutando (proceso %2) y no se pudo reemplazar (%3). Deep Dive se inicia de todos modos; libera espacio en disco para que el próximo inicio pueda volver a bloquear su carpeta de datos.</translation>
    </message>
    <message>
        <source>Deep Dive is already running with the data folder %1 (process %2, according to %3), but it does not answer. Close that Deep Dive, or end process %2 if it hangs, then start again.</source>
        <translation>Deep Dive ya se está ejecutando con la carpeta de datos %1 (proceso %2, según %3), pero no responde. Cierra ese Deep Dive, o termina el proceso %2 si está colgado, y vuelve a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SnippetRunner</name>
    <message>
        <source>python3 was not found on PATH.</source>
        <translation>No se encontró python3 en el PATH.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file.</source>
        <translation>No se puede escribir un archivo temporal.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SnippetView</name>
    <message>
        <source>Expected output</source>
        <translation>Salida esperada</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>Código del fragmento</translation>
    </message>
</context>
<context>
    <name>DeepDive::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>True retention: no reviews of learnt cards in the last 30 days yet.</source>
        <translation>Retención real: aún no hay repasos de tarjetas aprendidas en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Days studied in a row: %1.</source>
        <translation>Días seguidos de estudio: %1.</translation>
    </message>
    <message>
        <source>Recalled now, per section</source>
        <translation>Recuerdo actual por sección</translation>
    </message>
    <message>
        <source>Reviews per day, last six months</source>
        <translation>Repasos por día, últimos seis meses</translation>
    </message>
    <message>
        <source>Cards due in the next 14 days</source>
        <translation>Tarjetas pendientes en los próximos 14 días</translation>
    </message>
    <message>
        <source>Expected recall on your interview, %1</source>
        <translation>Recuerdo previsto el día de tu entrevista, %1</translation>
    </message>
    <message>
        <source>Weakest topics on that day</source>
        <translation>Temas más débiles ese día</translation>
    </message>
    <message numerus="yes">
        <source>True retention over the last 30 days: %1% of %n review(s) (you asked for %2%).</source>
        <translation>
            <numerusform>Retención real en los últimos 30 días: %1% de %n repaso (objetivo: %2%).</numerusform>
            <numerusform>Retención real en los últimos 30 días: %1% de %n repasos (objetivo: %2%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::StudyPanel</name>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Select a topic on the left to read its notes.</source>
        <translation>Selecciona un tema a la izquierda para leer sus notas.</translation>
    </message>
    <message>
        <source>Topic summary, quiz and your notes</source>
        <translation>Resumen del tema, cuestionario y tus notas</translation>
    </message>
    <message>
        <source>Topic summary</source>
        <translation>Resumen del tema</translation>
    </message>
</context>
<context>
    <name>DeepDive::SummaryPrinter</name>
    <message>
        <source>Pitfall</source>
        <translation>Trampa</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>%1% recalled now</source>
        <translation>recuerdo actual: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation>
            <numerusform>%1 de %n tarjeta dominada</numerusform>
            <numerusform>%1 de %n tarjetas dominadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>pendientes: %1</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>con marcador</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Fragmentos de código</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bug is on line %1 of “%2”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El error está en la línea %1 de «%2».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>cannot start drawing on the output</source>
        <translation>no se puede empezar a dibujar en la salida</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>the output is full or was closed</source>
        <translation>la salida está llena o se ha cerrado</translation>
    </message>
    <message>
        <source>Topic summaries</source>
        <translation>Resúmenes de temas</translation>
    </message>
    <message>
        <source>Topics: %1 · quiz cards: %2</source>
        <translation>Temas: %1 · tarjetas: %2</translation>
    </message>
    <message>
        <source>Cards mastered: %1 · due: %2</source>
        <translation>Tarjetas dominadas: %1 · pendientes: %2</translation>
    </message>
    <message>
        <source>cannot finish the output</source>
        <translation>no se puede terminar la salida</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Snippet “%1”</source>
        <translation>Fragmento «%1»</translation>
    </message>
    <message>
        <source>Each situation: %1 or %2?</source>
        <translation>Cada situación: ¿%1 o %2?</translation>
    </message>
    <message>
        <source>Answers — %1</source>
        <translation>Respuestas: %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>stopped before the end; nothing was written</source>
        <translation>se detuvo antes del final; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncCommand</name>
    <message>
        <source>Sync your progress through the sync folder once, print what came in and exit.</source>
        <translation>Sincroniza tu progreso una vez a través de la carpeta de sincronización, muestra lo recibido y termina.</translation>
    </message>
    <message>
        <source>The folder your sync tool replicates (instead of the one in the settings).</source>
        <translation>La carpeta que replica tu herramienta de sincronización (en lugar de la de la configuración).</translation>
    </message>
    <message>
        <source>no sync folder is set: pass --sync-folder DIR, or choose one with File &gt; Sync Folder</source>
        <translation>no hay ninguna carpeta de sincronización: indica --sync-folder CARPETA o elige una en Archivo &gt; Carpeta de sincronización</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncDialog</name>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>Sync Devices</source>
        <translation>Dispositivos sincronizados</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>Cam&amp;biar...</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Carpeta de sincronización:</translation>
    </message>
    <message>
        <source>How your other computers list this one</source>
        <translation>Cómo ven este ordenador tus otros ordenadores</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este ordenador:</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Otros ordenadores</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No other computer has synced yet. Choose the same folder in Deep Dive on your other computer, and let your sync tool replicate it.</source>
        <translation>Ningún otro ordenador se ha sincronizado aún. Elige la misma carpeta en Deep Dive en tu otro ordenador y deja que tu herramienta de sincronización la replique.</translation>
    </message>
    <message>
        <source>Notes changed on two computers</source>
        <translation>Notas cambiadas en dos ordenadores</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>En este ordenador:</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tomar la otra</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conservar &amp;ambas</translation>
    </message>
    <message>
        <source>Your text, then theirs below it</source>
        <translation>Tu texto y, debajo, el otro</translation>
    </message>
    <message>
        <source>No note is in conflict. When you change a note on two computers before they sync, both versions are kept and shown here for you to choose.</source>
        <translation>Ninguna nota está en conflicto. Si cambias una nota en dos ordenadores antes de que se sincronicen, se conservan ambas versiones y se muestran aquí para que elijas.</translation>
    </message>
    <message>
        <source>None: progress stays on this computer</source>
        <translation>Ninguna: el progreso se queda en este ordenador</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message>
        <source>On %1 (saved %2):</source>
        <translation>En %1 (guardada %2):</translation>
    </message>
    <message>
        <source>The note of “%1” could not be saved: %2. Both versions are kept.</source>
        <translation>No se pudo guardar la nota de «%1»: %2. Se conservan ambas versiones.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncEngine</name>
    <message>
        <source>%1 was changed by someone else (is a copy of this data folder in use on another computer?); this device goes on with a journal of its own.%2</source>
        <translation>%1 se modificó desde otro lugar (¿se está usando una copia de esta carpeta de datos en otro ordenador?); este dispositivo continúa con un diario propio.%2</translation>
    </message>
    <message>
        <source>The sync folder %1 is not available (not mounted, or offline?). Nothing was synced; studying goes on, and the next sync catches up.</source>
        <translation>La carpeta de sincronización %1 no está disponible (¿no está montada o no hay conexión?). No se sincronizó nada; puedes seguir estudiando y la próxima sincronización se pondrá al día.</translation>
    </message>
    <message>
        <source>Sync needs to write your progress database %1, and it cannot: %2</source>
        <translation>La sincronización necesita escribir en tu base de datos de progreso %1 y no puede: %2</translation>
    </message>
    <message>
        <source>Sync could not store this device&apos;s id in %1: %2</source>
        <translation>La sincronización no pudo guardar el identificador de este dispositivo en %1: %2</translation>
    </message>
    <message>
        <source>Sync could not merge into %1 (nothing was changed): %2</source>
        <translation>La sincronización no pudo incorporar los cambios en %1 (no se modificó nada): %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncMerge</name>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconocido «%1»</translation>
    </message>
    <message>
        <source>%1:%2: %3; the line was skipped</source>
        <translation>%1:%2: %3; se omitió la línea</translation>
    </message>
    <message>
        <source>an answer without its id, deck, card, topic, time or grade</source>
        <translation>una respuesta sin su identificador, mazo, tarjeta, tema, hora o calificación</translation>
    </message>
    <message>
        <source>an undo without the id of its answer</source>
        <translation>un deshacer sin el identificador de su respuesta</translation>
    </message>
    <message>
        <source>a bookmark or setting this version does not know</source>
        <translation>un marcador o ajuste que esta versión no conoce</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; has a value this version cannot use</source>
        <translation>el ajuste «%1» tiene un valor que esta versión no puede usar</translation>
    </message>
    <message>
        <source>a note version without its id, deck, topic or parents</source>
        <translation>una versión de nota sin su identificador, mazo, tema o versiones anteriores</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncReport</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undone answer(s)</source>
        <translation>
            <numerusform>%n respuesta deshecha</numerusform>
            <numerusform>%n respuestas deshechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark change(s)</source>
        <translation>
            <numerusform>%n cambio de marcador</numerusform>
            <numerusform>%n cambios de marcadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n ajuste</numerusform>
            <numerusform>%n ajustes</numerusform>
        </translation>
    </message>
    <message>
        <source>No other device has written to the sync folder yet.</source>
        <translation>Ningún otro dispositivo ha escrito todavía en la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>Sincronizado con %1.</translation>
    </message>
    <message>
        <source>Nothing new came in.</source>
        <translation>No ha llegado nada nuevo.</translation>
    </message>
    <message>
        <source>Came in: %1.</source>
        <translation>Recibido: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed on two devices: yours is kept, and the other version waits for you to keep yours, take it or keep both.</source>
        <translation>
            <numerusform>%n nota se modificó en dos dispositivos: se conserva la tuya, y la otra versión espera a que decidas si conservar la tuya, tomar la otra o conservar ambas.</numerusform>
            <numerusform>%n notas se modificaron en dos dispositivos: se conservan las tuyas, y las otras versiones esperan a que decidas si conservar la tuya, tomar la otra o conservar ambas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes could not be written to the sync folder (%1); they go with the next sync.</source>
        <translation>No se pudieron escribir tus cambios en la carpeta de sincronización (%1); se enviarán en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n cambio enviado.</numerusform>
            <numerusform>%n cambios enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device&apos;s journal was compacted.</source>
        <translation>Se compactó el diario de este dispositivo.</translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicModel</name>
    <message>
        <source>%1% recalled now</source>
        <translation>recuerdo actual: %1%</translation>
    </message>
    <message>
        <source>weak (%1%)</source>
        <translation>débil (%1%)</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>con marcador</translation>
    </message>
    <message>
        <source>bookmarked: %1</source>
        <translation>con marcador: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s): %1 due, %2 new</source>
        <translation>
            <numerusform>%n tarjeta · pendientes: %1 · nuevas: %2</numerusform>
            <numerusform>%n tarjetas · pendientes: %1 · nuevas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>*This topic could not be read: %1.*</source>
        <translation>*No se pudo leer este tema: %1.*</translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicNotes</name>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicSidebar</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation>Mostrar temas</translation>
    </message>
    <message>
        <source>Show all topics, or only the bookmarked, weak, due or new ones</source>
        <translation>Muestra todos los temas o solo los que tienen marcador, los débiles, los pendientes o los nuevos</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Con marcador</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débiles</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
</context>
<context>
    <name>DeepDive::WindowSync</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync: waiting</source>
        <translation>Sincronización: en espera</translation>
    </message>
    <message>
        <source>Progress is synced through %1</source>
        <translation>El progreso se sincroniza a través de %1</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Synced at %1; no other device yet</source>
        <translation>Sincronizado a las %1; aún no hay otro dispositivo</translation>
    </message>
    <message>
        <source>Synced at %1 with %2</source>
        <translation>Sincronizado a las %1 con %2</translation>
    </message>
    <message>
        <source>Sync folder not available; studying goes on, and the next sync catches up</source>
        <translation>Carpeta de sincronización no disponible; puedes seguir estudiando y la próxima sincronización se pondrá al día</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n nota por resolver</numerusform>
            <numerusform>%n notas por resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No Date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study technical theory for interviews.</source>
        <translation>Estudio de teoría técnica para entrevistas.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
    <message>
        <source>Keep all user data and settings in &lt;dir&gt;.</source>
        <translation>Guarda todos los datos de usuario y la configuración en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Load the deck in &lt;dir&gt; beside the bundled one.</source>
        <translation>Carga el mazo de &lt;dir&gt; además del incluido.</translation>
    </message>
    <message>
        <source>Show the window at 1280x800, save it as a PNG &lt;file&gt; and exit.</source>
        <translation>Muestra la ventana a 1280x800, la guarda como PNG en &lt;file&gt; y termina.</translation>
    </message>
    <message>
        <source>Check the deck in &lt;dir&gt;, print every problem and exit (1 on problems).</source>
        <translation>Comprueba el mazo de &lt;dir&gt;, muestra todos los problemas y termina (código 1 si hay problemas).</translation>
    </message>
    <message>
        <source>Check the progress database (integrity, schema, rows) and exit (1 on problems).</source>
        <translation>Comprueba la base de datos de progreso (integridad, esquema, filas) y termina (código 1 si hay problemas).</translation>
    </message>
    <message>
        <source>Write your answers, bookmarks and notes to &lt;file&gt; (JSON) and exit.</source>
        <translation>Escribe tus respuestas, marcadores y notas en &lt;file&gt; (JSON) y termina.</translation>
    </message>
    <message>
        <source>Merge the progress in &lt;file&gt; into yours and exit.</source>
        <translation>Incorpora a tu progreso el de &lt;file&gt; y termina.</translation>
    </message>
    <message>
        <source>Print topic summaries to the PDF &lt;file&gt; and exit.</source>
        <translation>Imprime resúmenes de los temas en el PDF &lt;file&gt; y termina.</translation>
    </message>
    <message>
        <source>With --export-pdf: add each topic&apos;s questions and answers.</source>
        <translation>Con --export-pdf: añade las preguntas y respuestas de cada tema.</translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: the locale&apos;s).</source>
        <translation>Con --export-pdf: A4 o Letter (predeterminado: el de la configuración regional).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  Run it under Xvfb:        xvfb-run -a deepdive
  Or take a screenshot:     deepdive --screenshot shot.png
  (from a checkout: packaging/devenv xvfb-run -a packaging/devenv run)</source>
        <translation>no se encontró ninguna pantalla (no está definida ni DISPLAY ni WAYLAND_DISPLAY), así que no se puede abrir la ventana.
  Ejecútalo con Xvfb:        xvfb-run -a deepdive
  O haz una captura:         deepdive --screenshot shot.png
  (desde el código fuente: packaging/devenv xvfb-run -a packaging/devenv run)</translation>
    </message>
    <message>
        <source>orphaned (kept until their content comes back): %1</source>
        <translation>huérfanos (se conservan hasta que vuelva su contenido): %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exportado: %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importado: %1</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter, not %1</source>
        <translation>--page-size admite A4 o Letter, no %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n topic(s) to %1</source>
        <translation>
            <numerusform>%n tema escrito en %1</numerusform>
            <numerusform>%n temas escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deep Dive is already running with the data folder %1; its window was brought forward.</source>
        <translation>Deep Dive ya se está ejecutando con la carpeta de datos %1; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>search is not available: %1</source>
        <translation>la búsqueda no está disponible: %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1; check that the folder exists and is writable</source>
        <translation>no se puede escribir la captura de pantalla en %1; comprueba que la carpeta existe y que se puede escribir en ella</translation>
    </message>
    <message>
        <source>With --export-pdf: all, bookmarked, weak, deck:ID, section:ID or topics:ID,ID (default all).</source>
        <translation>Con --export-pdf: all, bookmarked, weak, deck:ID, section:ID o topics:ID,ID (predeterminado: all).</translation>
    </message>
    <message>
        <source>nothing was imported: your progress database %1 cannot be written (see above)</source>
        <translation>no se importó nada: no se puede escribir en tu base de datos de progreso %1 (ver arriba)</translation>
    </message>
    <message>
        <source>nothing was exported: %1</source>
        <translation>no se exportó nada: %1</translation>
    </message>
    <message>
        <source>nothing was printed: %1</source>
        <translation>no se imprimió nada: %1</translation>
    </message>
    <message>
        <source>With --with-quiz: put the answers under each question (inline, the default), at the end of each topic (topic) or at the end of the document (end).</source>
        <translation>Con --with-quiz: pone las respuestas debajo de cada pregunta (inline, por defecto), al final de cada tema (topic) o al final del documento (end).</translation>
    </message>
    <message>
        <source>With --export-pdf: add your own notes on each topic.</source>
        <translation>Con --export-pdf: añade tus propias notas de cada tema.</translation>
    </message>
    <message>
        <source>--answers takes inline, topic or end, not %1</source>
        <translation>--answers admite inline, topic o end, no %1</translation>
    </message>
    <message>
        <source>--answers needs --with-quiz</source>
        <translation>--answers requiere --with-quiz</translation>
    </message>
    <message>
        <source>the progress database could not be checked: %1</source>
        <translation>no se pudo comprobar la base de datos de progreso: %1</translation>
    </message>
    <message>
        <source>The check of your progress database %1 found damage (%2). Quit Deep Dive and start it again: the damaged file will be kept aside, not deleted, and a new one started; File &gt; Restore Backup then brings back an earlier state.</source>
        <translation>La comprobación de tu base de datos de progreso %1 ha encontrado daños (%2). Cierra Deep Dive y vuelve a abrirlo: el archivo dañado se conservará aparte, sin borrarse, y se empezará uno nuevo; después, Archivo &gt; Restaurar copia de seguridad recupera un estado anterior.</translation>
    </message>
</context>
</TS>
