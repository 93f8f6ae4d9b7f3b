<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Draft…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Start a new draft resolution</source>
        <translation>Empezar un nuevo proyecto de resolución</translation>
    </message>
    <message>
        <source>New Draft from &amp;Adopted Resolution…</source>
        <translation>Nuevo pro&amp;yecto a partir de una resolución aprobada…</translation>
    </message>
    <message>
        <source>Start next session&apos;s draft from last year&apos;s adopted resolution (A/RES)</source>
        <translation>Empezar el proyecto del próximo período de sesiones a partir de la resolución aprobada el año pasado (A/RES)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a draft, or read an official PDF, a Word file or a text</source>
        <translation>Abrir un proyecto, o leer un PDF oficial, un archivo de Word o un texto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the draft under another name</source>
        <translation>Guardar el proyecto con otro nombre</translation>
    </message>
    <message>
        <source>Draft &amp;Details…</source>
        <translation>&amp;Datos del proyecto…</translation>
    </message>
    <message>
        <source>Title, sponsors, symbol, session, agenda item, date and language</source>
        <translation>Título, patrocinadores, signatura, período de sesiones, tema del programa, fecha e idioma</translation>
    </message>
    <message>
        <source>&amp;Import Text File…</source>
        <translation>Importar arc&amp;hivo de texto…</translation>
    </message>
    <message>
        <source>Read a draft from a plain-text file</source>
        <translation>Leer un proyecto de un archivo de texto sin formato</translation>
    </message>
    <message>
        <source>Import &amp;Pasted Text…</source>
        <translation>Importar te&amp;xto pegado…</translation>
    </message>
    <message>
        <source>Read a draft from text pasted from an e-mail or a document</source>
        <translation>Leer un proyecto de un texto pegado de un correo electrónico o un documento</translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Exportar a Word…</translation>
    </message>
    <message>
        <source>Write the draft as a UN-format Word document</source>
        <translation>Escribir el proyecto como documento de Word con el formato de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Export with &amp;Changes Against…</source>
        <translation>Exportar con &amp;los cambios respecto de…</translation>
    </message>
    <message>
        <source>Write the Word document with every change from the base text or a version tracked, as the Secretariat asks</source>
        <translation>Escribir el documento de Word con el control de cambios respecto del texto de base o de una versión, como lo pide la Secretaría</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Guardar &amp;versión…</translation>
    </message>
    <message>
        <source>Keep the current text as a named version (zero draft, first reading, L.12)</source>
        <translation>Conservar el texto actual como una versión con nombre (borrador cero, primera lectura, L.12)</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <source>Compare the text with its base text, a saved version or another file</source>
        <translation>Comparar el texto con su texto de base, una versión guardada u otro archivo</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Elegir el texto de &amp;base…</translation>
    </message>
    <message>
        <source>Choose the resolution or issued draft this text is compared with</source>
        <translation>Elegir la resolución o el proyecto publicado con que se compara este texto</translation>
    </message>
    <message>
        <source>Export to PD&amp;F…</source>
        <translation>Exportar a PD&amp;F…</translation>
    </message>
    <message>
        <source>Write the pages the preview shows as a PDF file</source>
        <translation>Escribir como archivo PDF las páginas que muestra la vista previa</translation>
    </message>
    <message>
        <source>Export Submission Ma&amp;nuscript…</source>
        <translation>Exportar man&amp;uscrito para presentación…</translation>
    </message>
    <message>
        <source>Write the draft as the Word manuscript the Secretariat asks for: plain 12 pt, double spacing, no masthead</source>
        <translation>Escribir el proyecto como el manuscrito de Word que pide la Secretaría: texto sencillo de 12 pt, doble espacio, sin encabezado</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>Exportar como texto &amp;sin formato…</translation>
    </message>
    <message>
        <source>Write the draft as plain text for e-mail and portals, one paragraph a line</source>
        <translation>Escribir el proyecto como texto sin formato para correo electrónico y portales, un párrafo por línea</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the pages the preview shows</source>
        <translation>Imprimir las páginas que muestra la vista previa</translation>
    </message>
    <message>
        <source>&amp;Close Draft</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>Close the draft and return to the start page</source>
        <translation>Cerrar el proyecto y volver a la página de inicio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <source>Leave DraftDesk</source>
        <translation>Salir de DraftDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Rehacer el cambio deshecho</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected text</source>
        <translation>Cortar el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste into the text field</source>
        <translation>Pegar en el campo de texto</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Select all the text of the field</source>
        <translation>Seleccionar todo el texto del campo</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>Curs&amp;iva</translation>
    </message>
    <message>
        <source>Italicize the selected words (titles of publications, Latin terms)</source>
        <translation>Poner en cursiva las palabras seleccionadas (títulos de publicaciones, términos latinos)</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Up</source>
        <translation>S&amp;ubir párrafo</translation>
    </message>
    <message>
        <source>Move before the previous paragraph</source>
        <translation>Colocar antes del párrafo anterior</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Down</source>
        <translation>Ba&amp;jar párrafo</translation>
    </message>
    <message>
        <source>Move after the next paragraph</source>
        <translation>Colocar después del párrafo siguiente</translation>
    </message>
    <message>
        <source>&amp;Indent (Make Sub-paragraph)</source>
        <translation>Aumentar &amp;sangría (convertir en apartado)</translation>
    </message>
    <message>
        <source>Make it a sub-paragraph of the paragraph above (Tab in the outline)</source>
        <translation>Convertirlo en apartado del párrafo anterior (Tab en el esquema)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Reducir s&amp;angría</translation>
    </message>
    <message>
        <source>Lift a sub-paragraph one level (Shift+Tab in the outline)</source>
        <translation>Subir un apartado un nivel (Mayús+Tab en el esquema)</translation>
    </message>
    <message>
        <source>De&amp;lete Paragraph</source>
        <translation>&amp;Eliminar párrafo</translation>
    </message>
    <message>
        <source>Delete the paragraph and its sub-paragraphs (Delete in the outline)</source>
        <translation>Eliminar el párrafo y sus apartados (Supr en el esquema)</translation>
    </message>
    <message>
        <source>Remove A&amp;nnex</source>
        <translation>&amp;Quitar anexo</translation>
    </message>
    <message>
        <source>Remove the selected annex, or the one the current paragraph is in, with its paragraphs</source>
        <translation>Quitar el anexo seleccionado, o aquel en que está el párrafo actual, con sus párrafos</translation>
    </message>
    <message>
        <source>Re&amp;move Part</source>
        <translation>Quitar &amp;la parte</translation>
    </message>
    <message>
        <source>Remove the selected part of a text in parts, or the one the current paragraph is in, with its paragraphs</source>
        <translation>Quitar la parte seleccionada de un texto en partes, o aquella en que está el párrafo actual, con sus párrafos</translation>
    </message>
    <message>
        <source>&amp;Preambular Paragraph</source>
        <translation>Párrafo del &amp;preámbulo</translation>
    </message>
    <message>
        <source>Add a preambular paragraph after the current one</source>
        <translation>Añadir un párrafo del preámbulo después del actual</translation>
    </message>
    <message>
        <source>&amp;Operative Paragraph</source>
        <translation>Párrafo &amp;dispositivo</translation>
    </message>
    <message>
        <source>Add an operative paragraph after the current one</source>
        <translation>Añadir un párrafo dispositivo después del actual</translation>
    </message>
    <message>
        <source>&amp;Sub-paragraph</source>
        <translation>&amp;Apartado</translation>
    </message>
    <message>
        <source>Add a sub-paragraph under the current paragraph</source>
        <translation>Añadir un apartado en el párrafo actual</translation>
    </message>
    <message>
        <source>Section &amp;Heading</source>
        <translation>&amp;Encabezado de sección</translation>
    </message>
    <message>
        <source>Add a section heading in the operative part</source>
        <translation>Añadir un encabezado de sección en la parte dispositiva</translation>
    </message>
    <message>
        <source>&amp;Annex</source>
        <translation>Anex&amp;o</translation>
    </message>
    <message>
        <source>Add an annex after the resolution, with its heading, title and paragraphs numbered afresh</source>
        <translation>Añadir un anexo después de la resolución, con su encabezado, su título y sus párrafos numerados de nuevo</translation>
    </message>
    <message>
        <source>Pa&amp;rt</source>
        <translation>Par&amp;te</translation>
    </message>
    <message>
        <source>Add a part (B, C …) with its own formula and paragraphs numbered afresh; a text in one part becomes part A</source>
        <translation>Añadir una parte (B, C…) con su propia fórmula y sus párrafos numerados de nuevo; un texto de una sola parte pasa a ser la parte A</translation>
    </message>
    <message>
        <source>&amp;Footnote</source>
        <translation>&amp;Nota de pie de página</translation>
    </message>
    <message>
        <source>Insert a footnote at the cursor</source>
        <translation>Insertar una nota de pie de página en el cursor</translation>
    </message>
    <message>
        <source>Cite Existing Foot&amp;note…</source>
        <translation>Citar una nota e&amp;xistente…</translation>
    </message>
    <message>
        <source>Refer again to a footnote already in the draft</source>
        <translation>Remitir de nuevo a una nota de pie de página que ya figura en el proyecto</translation>
    </message>
    <message>
        <source>&amp;Cross-reference…</source>
        <translation>&amp;Remisión…</translation>
    </message>
    <message>
        <source>Refer to another paragraph; the number follows renumbering</source>
        <translation>Remitir a otro párrafo; el número sigue la renumeración</translation>
    </message>
    <message>
        <source>Clause from &amp;Library…</source>
        <translation>Cláusula de la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>Search the clause libraries for agreed language and insert it</source>
        <translation>Buscar lenguaje convenido en las bibliotecas de cláusulas e insertarlo</translation>
    </message>
    <message>
        <source>Save to Li&amp;brary…</source>
        <translation>Guardar en la bib&amp;lioteca…</translation>
    </message>
    <message>
        <source>Save the selected paragraphs as clauses, with tags, a note and their source</source>
        <translation>Guardar los párrafos seleccionados como cláusulas, con etiquetas, una nota y su fuente</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Ir al &amp;esquema</translation>
    </message>
    <message>
        <source>Move the focus to the outline</source>
        <translation>Llevar el foco al esquema</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Ir al e&amp;ditor</translation>
    </message>
    <message>
        <source>Move the focus to the text</source>
        <translation>Llevar el foco al texto</translation>
    </message>
    <message>
        <source>Refresh &amp;Preview</source>
        <translation>Actualizar la vista p&amp;revia</translation>
    </message>
    <message>
        <source>Rebuild the preview now</source>
        <translation>Volver a componer la vista previa ahora</translation>
    </message>
    <message>
        <source>Show &amp;Changes in Preview</source>
        <translation>Mostrar los &amp;cambios en la vista previa</translation>
    </message>
    <message>
        <source>Mark the paragraphs changed since the base text or a version with change bars</source>
        <translation>Marcar con barras de cambio los párrafos modificados desde el texto de base o una versión</translation>
    </message>
    <message>
        <source>&amp;About DraftDesk</source>
        <translation>&amp;Acerca de DraftDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to write, import and export a draft</source>
        <translation>Cómo redactar, importar y exportar un proyecto</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Your name for tracked changes, autosave, default body, preview zoom</source>
        <translation>Su nombre para el control de cambios, guardado automático, órgano predeterminado, zoom de la vista previa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>The number, a sub-item letter if any, and the item&apos;s title as the agenda words it. A draft may fall under several items.</source>
        <translation>El número, la letra del subtema si la hay, y el título del tema tal como figura en el programa. Un proyecto puede corresponder a varios temas.</translation>
    </message>
    <message>
        <source>It&amp;em</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Sub-item &amp;letter</source>
        <translation>&amp;Letra del subtema</translation>
    </message>
    <message>
        <source>&amp;Title of the item</source>
        <translation>&amp;Título del tema</translation>
    </message>
    <message>
        <source>&amp;Add another agenda item</source>
        <translation>&amp;Añadir otro tema del programa</translation>
    </message>
    <message>
        <source>Agenda item {index} needs its number.</source>
        <translation>Falta el número del tema {index} del programa.</translation>
    </message>
    <message>
        <source>Agenda item {label} is listed twice.</source>
        <translation>El tema {label} del programa figura dos veces.</translation>
    </message>
</context>
<context>
    <name>AnnexActions</name>
    <message>
        <source>{annex} added: type its title, then Enter to write its first paragraph.</source>
        <translation>{annex} añadido: escriba su título y pulse Intro para redactar su primer párrafo.</translation>
    </message>
    <message>
        <source>Select an annex or one of its paragraphs first.</source>
        <translation>Seleccione antes un anexo o uno de sus párrafos.</translation>
    </message>
    <message>
        <source>{annex} removed; Undo brings it back.</source>
        <translation>{annex} quitado; Deshacer lo restablece.</translation>
    </message>
</context>
<context>
    <name>AnnexForm</name>
    <message>
        <source>Annex heading</source>
        <translation>Encabezado del anexo</translation>
    </message>
    <message>
        <source>Annex, or Annex II when there are several</source>
        <translation>Anexo, o Anexo II cuando hay varios</translation>
    </message>
    <message>
        <source>Annex title</source>
        <translation>Título del anexo</translation>
    </message>
    <message>
        <source>e.g. Programme of action</source>
        <translation>p. ej. Programa de acción</translation>
    </message>
    <message>
        <source>The heading prints in the draft&apos;s language; its paragraphs are numbered afresh in the annex. Select a paragraph under the annex in the outline to edit it.</source>
        <translation>El encabezado se imprime en el idioma del proyecto; sus párrafos se numeran de nuevo en el anexo. Seleccione un párrafo bajo el anexo en el esquema para editarlo.</translation>
    </message>
    <message>
        <source>Add &amp;Paragraph to Annex</source>
        <translation>Añadir &amp;párrafo al anexo</translation>
    </message>
    <message>
        <source>&amp;Remove Annex</source>
        <translation>&amp;Quitar anexo</translation>
    </message>
    <message>
        <source>Remove the annex and its paragraphs (Undo brings them back)</source>
        <translation>Quitar el anexo y sus párrafos (Deshacer los restablece)</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>No annex selected</source>
        <translation>Ningún anexo seleccionado</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>Where will the draft be tabled?</source>
        <translation>¿Dónde se presentará el proyecto?</translation>
    </message>
    <message>
        <source>The body decides the symbol, the session line and the opening formula.</source>
        <translation>El órgano determina la signatura, la línea del período de sesiones y la fórmula de apertura.</translation>
    </message>
    <message>
        <source>&amp;Language of the draft:</source>
        <translation>&amp;Idioma del proyecto:</translation>
    </message>
    <message>
        <source>Main Committee</source>
        <translation>Comisión Principal</translation>
    </message>
</context>
<context>
    <name>ChangesExportDialog</name>
    <message>
        <source>Export with Changes</source>
        <translation>Exportar con los cambios</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Delegation of …</source>
        <translation>Delegación de …</translation>
    </message>
    <message>
        <source>Submission &amp;manuscript (plain Word, 12 pt, double spacing)</source>
        <translation>&amp;Manuscrito para presentación (Word sencillo, 12 pt, doble espacio)</translation>
    </message>
    <message>
        <source>Show the changes &amp;against:</source>
        <translation>Mostrar los cambios &amp;respecto de:</translation>
    </message>
    <message>
        <source>&amp;Author of the changes:</source>
        <translation>&amp;Autor de los cambios:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Changes against</source>
        <translation>Cambios respecto de</translation>
    </message>
</context>
<context>
    <name>CiteFootnoteDialog</name>
    <message>
        <source>Cite an existing footnote</source>
        <translation>Citar una nota de pie de página existente</translation>
    </message>
    <message>
        <source>&amp;Which footnote?</source>
        <translation>¿&amp;Qué nota de pie de página?</translation>
    </message>
</context>
<context>
    <name>ClauseEditDialog</name>
    <message>
        <source>Edit Clause</source>
        <translation>Editar cláusula</translation>
    </message>
    <message>
        <source>Clause “{key}” in library “{library}”, version {version}. Saving a changed text makes version {next}; drafts keep the wording they already have.</source>
        <translation>Cláusula “{key}” de la biblioteca “{library}”, versión {version}. Al guardar un texto modificado se crea la versión {next}; los proyectos conservan la redacción que ya tienen.</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>Texto de la cláusula</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Versión {version} — {date}</translation>
    </message>
    <message>
        <source>Use &amp;This Text</source>
        <translation>Usar es&amp;te texto</translation>
    </message>
    <message>
        <source>Copy this version&apos;s text into the editor above</source>
        <translation>Copiar el texto de esta versión en el editor de arriba</translation>
    </message>
    <message>
        <source>Fields are written {{ name }}, e.g. {{ session | ordinal_words }}; *italics*; footnotes [[fn: text]].</source>
        <translation>Los campos se escriben {{ name }}, p. ej. {{ session | ordinal_words }}; *cursiva*; notas de pie de página [[fn: texto]].</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>(moved to {label})</source>
        <translation>(trasladado a {label})</translation>
    </message>
    <message>
        <source>(moved below)</source>
        <translation>(trasladado más abajo)</translation>
    </message>
    <message>
        <source>(moved from {label})</source>
        <translation>(trasladado desde {label})</translation>
    </message>
    <message>
        <source>(moved from above)</source>
        <translation>(trasladado desde más arriba)</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (derivado)</translation>
    </message>
    <message>
        <source>+ {place} added{derived}: {text}</source>
        <translation>+ {place} añadido{derived}: {text}</translation>
    </message>
    <message>
        <source>- {place} deleted{derived}: {text}</source>
        <translation>- {place} suprimido{derived}: {text}</translation>
    </message>
    <message>
        <source>&gt; {place} moved from {old_place}{derived}</source>
        <translation>&gt; {place} trasladado (antes {old_place}){derived}</translation>
    </message>
    <message>
        <source>&gt; {place} moved from {old_place}{derived}: {words}</source>
        <translation>&gt; {place} trasladado (antes {old_place}){derived}: {words}</translation>
    </message>
    <message>
        <source>~ {place} changed{derived}: {words}</source>
        <translation>~ {place} modificado{derived}: {words}</translation>
    </message>
    <message>
        <source>+ {note} added{derived}: {text}</source>
        <translation>+ {note} añadida{derived}: {text}</translation>
    </message>
    <message>
        <source>- {note} removed{derived}: {text}</source>
        <translation>- {note} suprimida{derived}: {text}</translation>
    </message>
    <message>
        <source>~ {note} footnote edited{derived}: {words}</source>
        <translation>~ {note} modificada{derived}: {words}</translation>
    </message>
    <message>
        <source>~ {field} changed{derived}: {words}</source>
        <translation>~ {field} (cambio){derived}: {words}</translation>
    </message>
    <message>
        <source># {place}: was {old_place}{derived}</source>
        <translation># {place}: antes {old_place}{derived}</translation>
    </message>
    <message>
        <source>~ {place} ending{derived}: {words}</source>
        <translation>~ {place}: puntuación final{derived}: {words}</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>1 added</source>
        <translation>1 párrafo añadido</translation>
    </message>
    <message>
        <source>1 deleted</source>
        <translation>1 párrafo suprimido</translation>
    </message>
    <message>
        <source>1 moved</source>
        <translation>1 párrafo trasladado</translation>
    </message>
    <message>
        <source>1 changed</source>
        <translation>1 párrafo modificado</translation>
    </message>
    <message>
        <source>1 footnote added</source>
        <translation>1 nota añadida</translation>
    </message>
    <message>
        <source>1 footnote removed</source>
        <translation>1 nota suprimida</translation>
    </message>
    <message>
        <source>1 footnote edited</source>
        <translation>1 nota modificada</translation>
    </message>
    <message>
        <source>1 metadata</source>
        <translation>1 cambio en la portada</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 cambio de número</translation>
    </message>
    <message>
        <source>1 ending</source>
        <translation>1 cambio de puntuación final</translation>
    </message>
    <message>
        <source>1 derived</source>
        <translation>1 cambio derivado</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} párrafos añadidos</translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation>{count} párrafos suprimidos</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>{count} párrafos trasladados</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} párrafos modificados</translation>
    </message>
    <message>
        <source>{count} footnote added</source>
        <translation>{count} notas añadidas</translation>
    </message>
    <message>
        <source>{count} footnote removed</source>
        <translation>{count} notas suprimidas</translation>
    </message>
    <message>
        <source>{count} footnote edited</source>
        <translation>{count} notas modificadas</translation>
    </message>
    <message>
        <source>{count} metadata</source>
        <translation>{count} cambios en la portada</translation>
    </message>
    <message>
        <source>{count} label</source>
        <translation>{count} cambios de número</translation>
    </message>
    <message>
        <source>{count} ending</source>
        <translation>{count} cambios de puntuación final</translation>
    </message>
    <message>
        <source>{count} derived</source>
        <translation>{count} cambios derivados</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
</context>
<context>
    <name>ComparePlaces</name>
    <message>
        <source>paragraph</source>
        <translation>párrafo</translation>
    </message>
    <message>
        <source>heading “{text}”</source>
        <translation>encabezado “{text}”</translation>
    </message>
    <message>
        <source>quoted block in the preambular part</source>
        <translation>texto citado en el preámbulo</translation>
    </message>
    <message>
        <source>quoted block in the operative part</source>
        <translation>texto citado en la parte dispositiva</translation>
    </message>
    <message>
        <source>quoted block in the annex part</source>
        <translation>texto citado en el anexo</translation>
    </message>
    <message>
        <source>preambular paragraph {number}</source>
        <translation>párrafo {number} del preámbulo</translation>
    </message>
    <message>
        <source>operative paragraph {number}</source>
        <translation>párrafo {number} de la parte dispositiva</translation>
    </message>
    <message>
        <source>{place} of resolution {letter}</source>
        <translation>{place} de la resolución {letter}</translation>
    </message>
    <message>
        <source>paragraph {number} of the annex</source>
        <translation>párrafo {number} del anexo</translation>
    </message>
    <message>
        <source>paragraph {number} of annex {numeral}</source>
        <translation>párrafo {number} del anexo {numeral}</translation>
    </message>
    <message>
        <source>paragraph {number} of {heading}</source>
        <translation>párrafo {number} de {heading}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {number} of the annex</source>
        <translation>párrafo sin numerar {number} del anexo</translation>
    </message>
    <message>
        <source>unnumbered paragraph {number} of annex {numeral}</source>
        <translation>párrafo sin numerar {number} del anexo {numeral}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {number} of {heading}</source>
        <translation>párrafo sin numerar {number} de {heading}</translation>
    </message>
    <message>
        <source>footnote {number}</source>
        <translation>nota {number}</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>signatura</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribución</translation>
    </message>
    <message>
        <source>session</source>
        <translation>período de sesiones</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>tema del programa</translation>
    </message>
    <message>
        <source>sponsors</source>
        <translation>patrocinadores</translation>
    </message>
    <message>
        <source>submitted by</source>
        <translation>presentado por</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>adoption</source>
        <translation>aprobación</translation>
    </message>
    <message>
        <source>cover notes</source>
        <translation>notas de la portada</translation>
    </message>
    <message>
        <source>closing lines</source>
        <translation>líneas finales</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>idioma original</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>(1 derived change hidden)</source>
        <translation>(1 cambio derivado oculto)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show &amp;derived changes</source>
        <translation>Mostrar los cambios &amp;derivados</translation>
    </message>
    <message>
        <source>Labels and end punctuation that changed only because paragraphs were added, deleted or moved</source>
        <translation>Números y puntuación final que cambiaron solo porque se añadieron, eliminaron o movieron párrafos</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>&amp;Export with Changes…</source>
        <translation>&amp;Exportar con los cambios…</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Anterior:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nuevo:</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>Sig&amp;uiente ▶</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation>Cambio anterior (Mayús+F8)</translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation>Cambio siguiente (F8)</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Compare — {old} → {new}</source>
        <translation>Comparar — {old} → {new}</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>({count} derived changes hidden)</source>
        <translation>({count} cambios derivados ocultos)</translation>
    </message>
</context>
<context>
    <name>CrossReferenceDialog</name>
    <message>
        <source>Insert cross-reference</source>
        <translation>Insertar remisión</translation>
    </message>
    <message>
        <source>&amp;Refer to which paragraph? The reference prints as its current number and follows it when paragraphs move.</source>
        <translation>¿A qué &amp;párrafo remitir? La remisión se imprime con su número actual y lo sigue cuando los párrafos cambian de lugar.</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>OP</source>
        <translation>PD</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {date} or 30/11/2007</source>
        <translation>p. ej. {date} o 30/11/2007</translation>
    </message>
    <message>
        <source>Type a date: {date}, 30/11/2007 or 2007-11-30</source>
        <translation>Escriba una fecha: {date}, 30/11/2007 o 2007-11-30</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {date} or 30/11/2007.</source>
        <translation>“{text}” no es una fecha: escríbala como {date} o 30/11/2007.</translation>
    </message>
    <message>
        <source>Type the date, e.g. {date}.</source>
        <translation>Escriba la fecha, p. ej. {date}.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translation>Datos del proyecto</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Ó&amp;rgano</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>Período de &amp;sesiones</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>S&amp;ponsors</source>
        <translation>Pa&amp;trocinadores</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>S&amp;ymbol and date</source>
        <translation>Signatura y &amp;fecha</translation>
    </message>
    <message>
        <source>Language of the draft</source>
        <translation>Idioma del proyecto</translation>
    </message>
    <message>
        <source>Language of the &amp;draft:</source>
        <translation>I&amp;dioma del proyecto:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Type the first paragraph of {annex} here</source>
        <translation>Escriba aquí el primer párrafo de {annex}</translation>
    </message>
    <message>
        <source>Type the first paragraph of part {letter} here</source>
        <translation>Escriba aquí el primer párrafo de la parte {letter}</translation>
    </message>
    <message>
        <source>Type a first paragraph</source>
        <translation>Escribir un primer párrafo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Move or delete its sub-paragraphs before joining it.</source>
        <translation>Mueva o elimine sus apartados antes de unirlo.</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>Unir párrafos</translation>
    </message>
</context>
<context>
    <name>DraftFileErrors</name>
    <message>
        <source>the file is not a JSON object</source>
        <translation>el archivo no es un objeto JSON</translation>
    </message>
    <message>
        <source>this is not a DraftDesk draft (no &quot;format&quot;: &quot;draftdesk&quot;)</source>
        <translation>no es un borrador de DraftDesk (falta &quot;format&quot;: &quot;draftdesk&quot;)</translation>
    </message>
    <message>
        <source>format_version must be a whole number from 1</source>
        <translation>format_version debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>the draft was written by a newer DraftDesk (format {version}; this version reads up to {newest}): update DraftDesk to open it</source>
        <translation>el borrador fue escrito por una versión más reciente de DraftDesk (formato {version}; esta versión lee hasta el {newest}): actualice DraftDesk para abrirlo</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: se esperaba un objeto</translation>
    </message>
    <message>
        <source>versions: {count} saved versions; at most {limit}</source>
        <translation>versions: {count} versiones guardadas; como máximo {limit}</translation>
    </message>
    <message>
        <source>{where}: {value} is used twice</source>
        <translation>{where}: {value} se usa dos veces</translation>
    </message>
    <message>
        <source>{where}: messages nested more than {limit} deep</source>
        <translation>{where}: mensajes anidados en más de {limit} niveles</translation>
    </message>
    <message>
        <source>{where}: expected text, a whole number or a message</source>
        <translation>{where}: se esperaba un texto, un número entero o un mensaje</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date and time such as &quot;2026-12-02T10:30:00&quot;</source>
        <translation>{where}: {value} no es una fecha y hora como &quot;2026-12-02T10:30:00&quot;</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {choices}</source>
        <translation>{where}: {value} no es uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{where}: a footnote holds text only</source>
        <translation>{where}: una nota a pie de página solo contiene texto</translation>
    </message>
    <message>
        <source>{at}paragraph {id}: refers to footnote {note}, which the file does not contain</source>
        <translation>{at}paragraph {id}: remite a la nota {note}, que el archivo no contiene</translation>
    </message>
    <message>
        <source>{where}: {value} is not a part letter A to Z</source>
        <translation>{where}: {value} no es una letra de parte de la A a la Z</translation>
    </message>
    <message>
        <source>{where}: missing</source>
        <translation>{where}: falta</translation>
    </message>
    <message>
        <source>{where}: expected a whole number, found {value}</source>
        <translation>{where}: se esperaba un número entero y se encontró {value}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, found {found}</source>
        <translation>{where}: se esperaba {expected} y se encontró {found}</translation>
    </message>
    <message>
        <source>{where}: expected 1-6 or null, found {value}</source>
        <translation>{where}: se esperaba 1-6 o null y se encontró {value}</translation>
    </message>
    <message>
        <source>{where}: expected a date such as &quot;2007-11-30&quot;</source>
        <translation>{where}: se esperaba una fecha como &quot;2007-11-30&quot;</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date such as &quot;2007-11-30&quot;</source>
        <translation>{where}: {value} no es una fecha como &quot;2007-11-30&quot;</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un año</translation>
    </message>
    <message>
        <source>a session number</source>
        <translation>un número de período de sesiones</translation>
    </message>
    <message>
        <source>{where}: expected {kind} from {low} to {high}, found {value}</source>
        <translation>{where}: se esperaba {kind} entre {low} y {high} y se encontró {value}</translation>
    </message>
    <message>
        <source>{where}: expected an object or null</source>
        <translation>{where}: se esperaba un objeto o null</translation>
    </message>
    <message>
        <source>{where}: expected text</source>
        <translation>{where}: se esperaba un texto</translation>
    </message>
    <message>
        <source>{where}: sub-paragraphs go {limit} levels deep at most</source>
        <translation>{where}: los apartados llegan como máximo a {limit} niveles</translation>
    </message>
    <message>
        <source>{where}: {value} is not a paragraph kind</source>
        <translation>{where}: {value} no es un tipo de párrafo</translation>
    </message>
    <message>
        <source>{where}: {value} is not a numbering scheme</source>
        <translation>{where}: {value} no es un sistema de numeración</translation>
    </message>
    <message>
        <source>{where}: a heading cannot have sub-paragraphs</source>
        <translation>{where}: un título no puede tener apartados</translation>
    </message>
    <message>
        <source>{where}: a quote cannot have sub-paragraphs</source>
        <translation>{where}: una cita no puede tener apartados</translation>
    </message>
    <message>
        <source>{where}: a heading cannot be a sub-paragraph</source>
        <translation>{where}: un título no puede ser un apartado</translation>
    </message>
    <message>
        <source>{where}: expected &quot;and&quot;, &quot;or&quot; or nothing</source>
        <translation>{where}: se esperaba &quot;and&quot;, &quot;or&quot; o nada</translation>
    </message>
    <message>
        <source>{where}: expected one of &quot;,&quot; &quot;;&quot; &quot;:&quot; &quot;.&quot; &quot;&quot; or null</source>
        <translation>{where}: se esperaba uno de &quot;,&quot; &quot;;&quot; &quot;:&quot; &quot;.&quot; &quot;&quot; o null</translation>
    </message>
    <message>
        <source>{where}: expected text, a footnote or a cross-reference</source>
        <translation>{where}: se esperaba un texto, una nota o una remisión</translation>
    </message>
    <message>
        <source>{source}: paragraphs are nested too deeply</source>
        <translation>{source}: los párrafos están anidados en demasiados niveles</translation>
    </message>
</context>
<context>
    <name>EditErrors</name>
    <message>
        <source>no paragraph {id}</source>
        <translation>no existe el párrafo {id}</translation>
    </message>
    <message>
        <source>no annex or part {id}</source>
        <translation>no existe el anexo ni la parte {id}</translation>
    </message>
    <message>
        <source>part {letter} has no annex paragraphs</source>
        <translation>la parte {letter} no tiene párrafos de anexo</translation>
    </message>
    <message>
        <source>no annex {id}</source>
        <translation>no existe el anexo {id}</translation>
    </message>
    <message>
        <source>position {index} is outside the annexes</source>
        <translation>la posición {index} está fuera de los anexos</translation>
    </message>
    <message>
        <source>the annex repeats paragraphs already in the text</source>
        <translation>el anexo repite párrafos que ya están en el texto</translation>
    </message>
    <message>
        <source>an annex needs a heading, such as Annex or Annex II</source>
        <translation>un anexo necesita un encabezado, como Anexo o Anexo II</translation>
    </message>
    <message>
        <source>no part {id}</source>
        <translation>no hay ninguna parte {id}</translation>
    </message>
    <message>
        <source>the part repeats paragraphs already in the text</source>
        <translation>la parte repite párrafos que ya están en el texto</translation>
    </message>
    <message>
        <source>a part&apos;s letter is one capital letter, A to Z, not {letter}</source>
        <translation>la letra de una parte es una sola mayúscula, de la A a la Z, no {letter}</translation>
    </message>
    <message>
        <source>another part is lettered {letter} already</source>
        <translation>ya hay otra parte con la letra {letter}</translation>
    </message>
    <message>
        <source>an ending is one of . ; , : or nothing, not {ending}</source>
        <translation>la puntuación final es . ; , : o ninguna, no {ending}</translation>
    </message>
    <message>
        <source>a heading cannot have sub-paragraphs</source>
        <translation>un encabezado no puede tener apartados</translation>
    </message>
    <message>
        <source>a quote cannot have sub-paragraphs</source>
        <translation>una cita no puede tener apartados</translation>
    </message>
    <message>
        <source>sub-paragraphs go four levels deep at most: (a), (i), a., i.</source>
        <translation>los apartados tienen cuatro niveles como máximo: a), i), a., i.</translation>
    </message>
    <message>
        <source>a heading cannot be a sub-paragraph</source>
        <translation>un encabezado no puede ser un apartado</translation>
    </message>
    <message>
        <source>position {index} is outside the list</source>
        <translation>la posición {index} está fuera de la lista</translation>
    </message>
    <message>
        <source>a paragraph cannot move inside itself</source>
        <translation>un párrafo no puede moverse dentro de sí mismo</translation>
    </message>
    <message>
        <source>the paragraph is already first in its list</source>
        <translation>el párrafo ya es el primero de su lista</translation>
    </message>
    <message>
        <source>the paragraph is already last in its list</source>
        <translation>el párrafo ya es el último de su lista</translation>
    </message>
    <message>
        <source>there is no paragraph above to indent under</source>
        <translation>no hay ningún párrafo anterior bajo el cual aumentar la sangría</translation>
    </message>
    <message>
        <source>the paragraph is already at the top level</source>
        <translation>el párrafo ya está en el nivel superior</translation>
    </message>
    <message>
        <source>connector must be &apos;and&apos;, &apos;or&apos; or empty, not {connector}</source>
        <translation>el conector debe ser «and», «or» o nada, no {connector}</translation>
    </message>
    <message>
        <source>offset {offset} is outside the text</source>
        <translation>la posición {offset} está fuera del texto</translation>
    </message>
    <message>
        <source>no footnote {id}</source>
        <translation>no existe la nota {id}</translation>
    </message>
    <message>
        <source>no paragraph {id} to refer to</source>
        <translation>no existe el párrafo {id} al que remitir</translation>
    </message>
    <message>
        <source>a paragraph cannot refer to itself</source>
        <translation>un párrafo no puede remitir a sí mismo</translation>
    </message>
    <message>
        <source>the draft has no base text</source>
        <translation>el proyecto no tiene texto de base</translation>
    </message>
    <message>
        <source>unknown text {key}</source>
        <translation>texto desconocido {key}</translation>
    </message>
</context>
<context>
    <name>EditorParts</name>
    <message>
        <source>Outline and &amp;Form</source>
        <translation>Esquema y &amp;formulario</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview &amp;Zoom</source>
        <translation>&amp;Zoom de la vista previa</translation>
    </message>
    <message>
        <source>&amp;Footnotes</source>
        <translation>&amp;Notas de pie de página</translation>
    </message>
    <message>
        <source>Import &amp;Notes</source>
        <translation>Notas de i&amp;mportación</translation>
    </message>
    <message>
        <source>Clause &amp;Library</source>
        <translation>&amp;Biblioteca de cláusulas</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Restablecer la dis&amp;posición</translation>
    </message>
    <message>
        <source>Put every panel back in its place, shown</source>
        <translation>Volver a poner cada panel en su lugar, visible</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>Versi&amp;ones</translation>
    </message>
    <message>
        <source>&amp;Document View</source>
        <translation>Vista de doc&amp;umento</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}: no se puede escribir: {reason}</translation>
    </message>
    <message>
        <source>{path}: expected a JSON list of States, one object per State</source>
        <translation>{path}: se esperaba una lista JSON de Estados, un objeto por Estado</translation>
    </message>
    <message>
        <source>{where}: {name} already appears as entry {first}</source>
        <translation>{where}: {name} ya figura como entrada {first}</translation>
    </message>
    <message>
        <source>{path}, entry {number}</source>
        <translation>{path}, entrada {number}</translation>
    </message>
    <message>
        <source>{where}: expected an object with short_name_en and status</source>
        <translation>{where}: se esperaba un objeto con short_name_en y status</translation>
    </message>
    <message>
        <source>{where}: missing or empty &apos;short_name_en&apos;</source>
        <translation>{where}: &apos;short_name_en&apos; falta o está vacío</translation>
    </message>
    <message>
        <source>{where} ({name}): status {status} is not &apos;member&apos; or &apos;observer&apos;</source>
        <translation>{where} ({name}): el status {status} no es &apos;member&apos; ni &apos;observer&apos;</translation>
    </message>
    <message>
        <source>{where} ({name}): {field} must be text</source>
        <translation>{where} ({name}): {field} debe ser un texto</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>textos</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>borradores</translation>
    </message>
    <message>
        <source>draft file</source>
        <translation>archivo de borrador</translation>
    </message>
    <message>
        <source>draft files</source>
        <translation>archivos de borrador</translation>
    </message>
    <message>
        <source>library file</source>
        <translation>archivo de biblioteca</translation>
    </message>
    <message>
        <source>library files</source>
        <translation>archivos de biblioteca</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word file</source>
        <translation>archivo de Word</translation>
    </message>
    <message>
        <source>Word files</source>
        <translation>archivos de Word</translation>
    </message>
    <message>
        <source>the list of States</source>
        <translation>la lista de Estados</translation>
    </message>
    <message>
        <source>the lists of States</source>
        <translation>las listas de Estados</translation>
    </message>
    <message>
        <source>the language file</source>
        <translation>el archivo de idioma</translation>
    </message>
    <message>
        <source>the language files</source>
        <translation>los archivos de idioma</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre entre comillas dobles</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaba &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba &apos;,&apos;</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>texto sin cerrar que empieza</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>carácter de control no válido</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>secuencia de escape \ no válida</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>secuencia de escape \uXXXX no válida</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>datos sobrantes</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>character {number}</source>
        <translation>carácter {number}</translation>
    </message>
    <message>
        <source>{where}: {place}: character {char} is not allowed in a document</source>
        <translation>{where}: {place}: el carácter {char} no está permitido en un documento</translation>
    </message>
    <message>
        <source>{path}: too large for a {what} (over {bytes} bytes; DraftDesk reads {whats} of up to {megabytes} MB)</source>
        <translation>{path}: demasiado grande para un {what} (más de {bytes} bytes; DraftDesk lee {whats} de hasta {megabytes} MB)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: el archivo no existe</translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (byte {byte})</source>
        <translation>{path}: no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a {what}</source>
        <translation>{path}: es una carpeta, no un {what}</translation>
    </message>
    <message>
        <source>{where}: holds {count} parts; the limit is {limit}</source>
        <translation>{where}: contiene {count} partes; el límite es {limit}</translation>
    </message>
    <message>
        <source>{where}: unpacks to {total} bytes; the limit is {limit}</source>
        <translation>{where}: se descomprime en {total} bytes; el límite es {limit}</translation>
    </message>
    <message>
        <source>{source}: holds {count} paragraphs and footnotes; the limit is {limit}</source>
        <translation>{source}: contiene {count} párrafos y notas; el límite es {limit}</translation>
    </message>
    <message>
        <source>{source}: holds {count} pieces of text; the limit is {limit}</source>
        <translation>{source}: contiene {count} fragmentos de texto; el límite es {limit}</translation>
    </message>
    <message>
        <source>{where}: number {number} has {count} digits; at most {limit} are allowed</source>
        <translation>{where}: el número {number} tiene {count} cifras; se admiten como máximo {limit}</translation>
    </message>
    <message>
        <source>{source}: not a valid {what}: arrays and objects nest {depth} levels deep; the limit is {limit}</source>
        <translation>{source}: no es un {what} válido: las listas y los objetos se anidan en {depth} niveles; el límite es {limit}</translation>
    </message>
    <message>
        <source>{source}: not a valid {what}: {problem} at line {line}, column {column}</source>
        <translation>{source}: no es un {what} válido: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>{source}: {place}: number {number} has {count} digits; at most {limit} are allowed</source>
        <translation>{source}: {place}: el número {number} tiene {count} cifras; se admiten como máximo {limit}</translation>
    </message>
    <message>
        <source>{source}: number {number} has {count} digits; at most {limit} are allowed</source>
        <translation>{source}: el número {number} tiene {count} cifras; se admiten como máximo {limit}</translation>
    </message>
    <message>
        <source>{source}: not a valid {what}: {problem}</source>
        <translation>{source}: no es un {what} válido: {problem}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>{source}: {place}: character {char} at character {number} is not allowed in a document</source>
        <translation>{source}: {place}: el carácter {char} en la posición {number} no está permitido en un documento</translation>
    </message>
    <message>
        <source>{path}: cannot read {what} ({reason})</source>
        <translation>{path}: no se puede leer {what} ({reason})</translation>
    </message>
    <message>
        <source>{path}: {what} is not UTF-8 text</source>
        <translation>{path}: {what} no es texto UTF-8</translation>
    </message>
    <message>
        <source>{path}, line {line}, column {column}: not valid JSON ({problem})</source>
        <translation>{path}, línea {line}, columna {column}: JSON no válido ({problem})</translation>
    </message>
</context>
<context>
    <name>FootnotePanel</name>
    <message>
        <source>Footnotes</source>
        <translation>Notas de pie de página</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Texto de la nota de pie de página</translation>
    </message>
    <message>
        <source>Text of the selected footnote; *asterisks* for italics</source>
        <translation>Texto de la nota seleccionada; *asteriscos* para la cursiva</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Cite Here</source>
        <translation>&amp;Citar aquí</translation>
    </message>
    <message>
        <source>Refer to this note again at the cursor in the text</source>
        <translation>Remitir de nuevo a esta nota en el cursor del texto</translation>
    </message>
    <message>
        <source>No footnotes yet. Insert one with Insert → Footnote (Ctrl+Alt+F).</source>
        <translation>Todavía no hay notas de pie de página. Inserte una con Insertar → Nota de pie de página (Ctrl+Alt+F).</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(no citada)</translation>
    </message>
</context>
<context>
    <name>FootnoteTextDialog</name>
    <message>
        <source>Insert footnote</source>
        <translation>Insertar nota de pie de página</translation>
    </message>
    <message>
        <source>e.g. A/62/222.  or  See resolution 60/1, paras. 61 and 62.</source>
        <translation>p. ej. A/62/222.  o  Véase la resolución 60/1, párrs. 61 y 62.</translation>
    </message>
    <message>
        <source>Footnote &amp;text:</source>
        <translation>&amp;Texto de la nota:</translation>
    </message>
    <message>
        <source>Enter inserts the note. Ctrl+I or *asterisks* for italics (titles of publications).</source>
        <translation>Intro inserta la nota. Ctrl+I o *asteriscos* para la cursiva (títulos de publicaciones).</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{path}: damaged UTF-16 text (byte {byte})</source>
        <translation>{path}: texto UTF-16 dañado (byte {byte})</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (byte {byte}, line {line}); save it as UTF-8</source>
        <translation>{path}: no es texto UTF-8 (byte {byte}, línea {line}); guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>{path}: not a text file (contains NUL bytes)</source>
        <translation>{path}: no es un archivo de texto (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>{path}: is a Word document or another zipped file: copy its text and import that</source>
        <translation>{path}: es un documento de Word u otro archivo comprimido: copie su texto e importe ese texto</translation>
    </message>
    <message>
        <source>{path}: is a Word 97-2003 document: copy its text and import that</source>
        <translation>{path}: es un documento de Word 97-2003: copie su texto e importe ese texto</translation>
    </message>
    <message>
        <source>{path}: is an RTF document: save it as plain text (UTF-8) and import that</source>
        <translation>{path}: es un documento RTF: guárdelo como texto sin formato (UTF-8) e importe ese archivo</translation>
    </message>
    <message>
        <source>cannot tell what {text} is</source>
        <translation>no se sabe qué es {text}</translation>
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation>{text} no es una fecha</translation>
    </message>
    <message>
        <source>{path}: PDF too large ({size} MB; DraftDesk reads PDFs up to {limit} MB)</source>
        <translation>{path}: PDF demasiado grande ({size} MB; DraftDesk lee archivos PDF de hasta {limit} MB)</translation>
    </message>
    <message>
        <source>{path}: the PDF is truncated or damaged (it has no end marker)</source>
        <translation>{path}: el PDF está truncado o dañado (no tiene marca de fin)</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: the PDF has no pages</source>
        <translation>{path}: el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>{path}: the PDF has {count} pages; DraftDesk reads resolutions of up to {limit} pages</source>
        <translation>{path}: el PDF tiene {count} páginas; DraftDesk lee resoluciones de hasta {limit} páginas</translation>
    </message>
    <message>
        <source>{path}: more than {limit} characters of text by page {page}; too long for a resolution</source>
        <translation>{path}: más de {limit} caracteres de texto al llegar a la página {page}; demasiado largo para una resolución</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password; open it, save an unprotected copy and import that</source>
        <translation>el PDF está protegido con una contraseña; ábralo, guarde una copia sin protección e importe esa copia</translation>
    </message>
    <message>
        <source>the PDF uses a security handler DraftDesk cannot read</source>
        <translation>el PDF usa un sistema de seguridad que DraftDesk no puede leer</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, truncated or not a PDF at all)</source>
        <translation>no es un PDF legible (dañado, truncado o que no es un PDF)</translation>
    </message>
    <message>
        <source>{path}, page {page}: the page cannot be read (damaged PDF)</source>
        <translation>{path}, página {page}: no se puede leer la página (PDF dañado)</translation>
    </message>
    <message>
        <source>{path}, page {page}: the page has only an image (a scan?); DraftDesk reads PDFs with a text layer, such as those of the Official Document System</source>
        <translation>{path}, página {page}: la página contiene solo una imagen (¿un documento escaneado?); DraftDesk lee archivos PDF con una capa de texto, como los del Sistema de Archivo de Documentos</translation>
    </message>
    <message>
        <source>{path}, page {page}: the page has no text; DraftDesk reads PDFs with a text layer, such as those of the Official Document System</source>
        <translation>{path}, página {page}: la página no contiene texto; DraftDesk lee archivos PDF con una capa de texto, como los del Sistema de Archivo de Documentos</translation>
    </message>
    <message>
        <source>{source}, page {page}: {problem}</source>
        <translation>{source}, página {page}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <source>{source}, line {line}: {problem}</source>
        <translation>{source}, línea {line}: {problem}</translation>
    </message>
    <message>
        <source>{source}: too long for a resolution ({count} characters; the limit is {limit})</source>
        <translation>{source}: demasiado largo para una resolución ({count} caracteres; el límite es {limit})</translation>
    </message>
    <message>
        <source>no resolution found: expected an opening formula such as &apos;The General Assembly,&apos; or numbered paragraphs</source>
        <translation>no se encontró ninguna resolución: se esperaba una fórmula de apertura como &apos;La Asamblea General,&apos; o párrafos numerados</translation>
    </message>
    <message>
        <source>no paragraphs after the opening formula</source>
        <translation>no hay párrafos después de la fórmula de apertura</translation>
    </message>
    <message>
        <source>part {letter} has no paragraphs after its formula</source>
        <translation>la parte {letter} no tiene párrafos después de su fórmula</translation>
    </message>
    <message>
        <source>footnote {number} has no text</source>
        <translation>la nota {number} no tiene texto</translation>
    </message>
    <message>
        <source>cannot read footnote line {text}</source>
        <translation>no se puede leer la línea de nota {text}</translation>
    </message>
    <message>
        <source>footnote {number} is given twice</source>
        <translation>la nota {number} figura dos veces</translation>
    </message>
    <message>
        <source>footnote marker {marker} ({number}) has no footnote text</source>
        <translation>la llamada de nota {marker} ({number}) no tiene texto de nota</translation>
    </message>
    <message>
        <source>footnote {number} is not referenced anywhere in the text{where}</source>
        <translation>no hay ninguna llamada a la nota {number} en el texto{where}</translation>
    </message>
    <message>
        <source>; its marker {marker} belongs between line {line} (note {note}) and line {next_line} (note {next_note})</source>
        <translation>; su llamada {marker} debe ir entre la línea {line} (nota {note}) y la línea {next_line} (nota {next_note})</translation>
    </message>
    <message>
        <source>; its marker {marker} belongs after line {line} (note {note})</source>
        <translation>; su llamada {marker} debe ir después de la línea {line} (nota {note})</translation>
    </message>
    <message>
        <source>; its marker {marker} belongs before line {line} (note {note})</source>
        <translation>; su llamada {marker} debe ir antes de la línea {line} (nota {note})</translation>
    </message>
    <message>
        <source>section numeral {numeral} is not followed by a heading</source>
        <translation>el número de sección {numeral} no va seguido de un título</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>párrafo {number}</translation>
    </message>
    <message>
        <source>the first-page header</source>
        <translation>el encabezado de la primera página</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>the cover notes</source>
        <translation>las notas de la portada</translation>
    </message>
    <message>
        <source>footnote {number}</source>
        <translation>nota {number}</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>{source}, {place}: {problem}</source>
        <translation>{source}, {place}: {problem}</translation>
    </message>
    <message>
        <source>{path}: footnote {number}: its text is missing from the Word file (word/footnotes.xml)</source>
        <translation>{path}: nota {number}: su texto no figura en el archivo de Word (word/footnotes.xml)</translation>
    </message>
    <message>
        <source>{path}: is an Excel workbook, not a Word document</source>
        <translation>{path}: es un libro de Excel, no un documento de Word</translation>
    </message>
    <message>
        <source>{path}: is a PowerPoint presentation, not a Word document</source>
        <translation>{path}: es una presentación de PowerPoint, no un documento de Word</translation>
    </message>
    <message>
        <source>{path}: {part}: {problem}</source>
        <translation>{path}: {part}: {problem}</translation>
    </message>
    <message>
        <source>missing from the Word file</source>
        <translation>no figura en el archivo de Word</translation>
    </message>
    <message>
        <source>part too large ({size}; at most {limit})</source>
        <translation>parte demasiado grande ({size}; como máximo {limit})</translation>
    </message>
    <message>
        <source>inflates past its declared size (refused as a possible zip bomb)</source>
        <translation>se descomprime más allá de su tamaño declarado (rechazado como posible bomba zip)</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>dañado: {problem}</translation>
    </message>
    <message>
        <source>compressed with a method Word does not use</source>
        <translation>comprimido con un método que Word no usa</translation>
    </message>
    <message>
        <source>the parts read exceed {limit} in all</source>
        <translation>las partes leídas superan {limit} en total</translation>
    </message>
    <message>
        <source>{path}: not a complete Word file (damaged or truncated zip)</source>
        <translation>{path}: no es un archivo de Word completo (zip dañado o truncado)</translation>
    </message>
    <message>
        <source>{path}: {count} parts in the zip (at most {limit}); refused as a possible zip bomb</source>
        <translation>{path}: {count} partes en el zip (como máximo {limit}); rechazado como posible bomba zip</translation>
    </message>
    <message>
        <source>{path}: too large for a Word document ({size}; at most {limit})</source>
        <translation>{path}: demasiado grande para un documento de Word ({size}; como máximo {limit})</translation>
    </message>
    <message>
        <source>{path}: is encrypted (protected with a password) or a Word 97-2003 document; save it as a Word document (.docx) without a password</source>
        <translation>{path}: está cifrado (protegido con una contraseña) o es un documento de Word 97-2003; guárdelo como documento de Word (.docx) sin contraseña</translation>
    </message>
    <message>
        <source>{path}: {part}: compressed {ratio} to 1 (refused as a possible zip bomb)</source>
        <translation>{path}: {part}: comprimido {ratio} a 1 (rechazado como posible bomba zip)</translation>
    </message>
    <message>
        <source>{path}: {part}: encrypted; save the document without a password</source>
        <translation>{path}: {part}: cifrado; guarde el documento sin contraseña</translation>
    </message>
    <message>
        <source>{path}: inflates to {size} (refused as a possible zip bomb)</source>
        <translation>{path}: se descomprime en {size} (rechazado como posible bomba zip)</translation>
    </message>
    <message>
        <source>{path}: a zip file, not a Word document (no [Content_Types].xml)</source>
        <translation>{path}: un archivo zip, no un documento de Word (falta [Content_Types].xml)</translation>
    </message>
    <message>
        <source>{path}: a zip file, not a Word document (no main document part)</source>
        <translation>{path}: un archivo zip, no un documento de Word (falta la parte principal del documento)</translation>
    </message>
    <message>
        <source>{path}: {part}: content type {type} is not a Word document</source>
        <translation>{path}: {part}: el tipo de contenido {type} no es un documento de Word</translation>
    </message>
    <message>
        <source>declares a DTD or entities (refused: Word files have none)</source>
        <translation>declara una DTD o entidades (rechazado: los archivos de Word no tienen)</translation>
    </message>
    <message>
        <source>damaged XML: {problem}</source>
        <translation>XML dañado: {problem}</translation>
    </message>
    <message>
        <source>declares a DTD (refused: Word files have none)</source>
        <translation>declara una DTD (rechazado: los archivos de Word no tienen)</translation>
    </message>
    <message>
        <source>has no body (not a Word document)</source>
        <translation>no tiene cuerpo (no es un documento de Word)</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>la resolución</translation>
    </message>
    <message>
        <source>{source}: is an amendment, not a resolution: only an adopted resolution is rolled over</source>
        <translation>{source}: es una enmienda, no una resolución: solo se puede reutilizar una resolución aprobada</translation>
    </message>
    <message>
        <source>{source}: is a decision, not a resolution: only an adopted resolution is rolled over</source>
        <translation>{source}: es una decisión, no una resolución: solo se puede reutilizar una resolución aprobada</translation>
    </message>
    <message>
        <source>{source}: not an adopted resolution (no &apos;Resolution adopted by …&apos; line); roll over the A/RES, or open a draft as it is</source>
        <translation>{source}: no es una resolución aprobada (falta la línea &apos;Resolución aprobada por …&apos;); reutilice la A/RES o abra el proyecto tal como está</translation>
    </message>
    <message>
        <source>{source}: the resolution&apos;s number (such as 73/7) is missing</source>
        <translation>{source}: falta el número de la resolución (como 73/7)</translation>
    </message>
    <message>
        <source>{source}: session {session} cannot be followed (1-{limit})</source>
        <translation>{source}: el período de sesiones {session} no puede tener uno siguiente (1-{limit})</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>{a}, {b} and {c}</source>
        <translation>{a}, {b} y {c}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c} and {d}</source>
        <translation>{a}, {b}, {c} y {d}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c}, {d} and {e}</source>
        <translation>{a}, {b}, {c}, {d} y {e}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c}, {d}, {e} and {f}</source>
        <translation>{a}, {b}, {c}, {d}, {e} y {f}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c}, {d}, {e}, {f} and {g}</source>
        <translation>{a}, {b}, {c}, {d}, {e}, {f} y {g}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>{items} and {last_i_sound}</source>
        <translation>{items} e {last_i_sound}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>{number}.º período de sesiones</translation>
    </message>
    <message>
        <source>{year} session</source>
        <translation>período de sesiones de {year}</translation>
    </message>
    <message>
        <source>the first line of page {page} starts a new paragraph: judged from its indent alone</source>
        <translation>la primera línea de la página {page} empieza un párrafo nuevo: se ha juzgado solo por su sangría</translation>
    </message>
    <message>
        <source>the first line of page {page} continues the paragraph before: judged from its indent alone</source>
        <translation>la primera línea de la página {page} continúa el párrafo anterior: se ha juzgado solo por su sangría</translation>
    </message>
    <message>
        <source>an unnumbered paragraph among the operative paragraphs is kept as an unnumbered block; check whether it is a heading, a quotation or a paragraph of its own</source>
        <translation>un párrafo sin número entre los párrafos de la parte dispositiva se conserva como bloque sin número; compruebe si es un título, una cita o un párrafo independiente</translation>
    </message>
    <message>
        <source>the numbered paragraphs speak in the first person (a declaration or pact that the resolution adopts): they are read as its operative paragraphs</source>
        <translation>los párrafos numerados están en primera persona (una declaración o un pacto que la resolución aprueba): se leen como su parte dispositiva</translation>
    </message>
    <message>
        <source>this preambular paragraph has no italic opening phrase in the PDF</source>
        <translation>este párrafo del preámbulo no tiene en el PDF una expresión inicial en cursiva</translation>
    </message>
    <message>
        <source>{page}: text under the footnote rule without a note number was left out: {text}</source>
        <translation>{page}: se ha omitido un texto sin número de nota bajo la línea de las notas: {text}</translation>
    </message>
    <message>
        <source>the printed numbering starts again at 1. here (a new section or part); the draft numbers this paragraph {expected}. on from the ones before</source>
        <translation>la numeración impresa vuelve a empezar en 1. aquí (una nueva sección o parte); el proyecto numera este párrafo {expected}. a continuación de los anteriores</translation>
    </message>
    <message>
        <source>this paragraph is printed as {number}. where {expected}. was expected: a paragraph may have been merged into the one before or split in two</source>
        <translation>este párrafo está impreso como {number}. (se esperaba {expected}.): puede que un párrafo se haya unido al anterior o se haya dividido en dos</translation>
    </message>
    <message>
        <source>this is an amendment to draft resolution {target}, not a resolution: its instructions and quoted text are kept as unnumbered blocks</source>
        <translation>esto es una enmienda al proyecto de resolución {target}, no una resolución: sus instrucciones y el texto citado se conservan como bloques sin número</translation>
    </message>
    <message>
        <source>{heading}: its text could not be read into paragraphs ({problem}); it is kept as unnumbered blocks</source>
        <translation>{heading}: su texto no se ha podido leer en párrafos ({problem}); se conserva como bloques sin número</translation>
    </message>
    <message>
        <source>1 control or non-text character removed (at {position})</source>
        <translation>se ha eliminado 1 carácter de control o que no es texto ({position})</translation>
    </message>
    <message>
        <source>{count} control or non-text characters removed (the first at {position})</source>
        <translation>se han eliminado {count} caracteres de control o que no son texto (el primero en {position})</translation>
    </message>
    <message>
        <source>line {line}: {label} would open a fifth level of sub-paragraphs; it was kept at the fourth</source>
        <translation>línea {line}: {label} abriría un quinto nivel de apartados; se ha mantenido en el cuarto</translation>
    </message>
    <message>
        <source>A footnote on the cover ({paragraph}) was left out: cover lines take no numbered notes</source>
        <translation>Se ha omitido una nota en la portada ({paragraph}): las líneas de la portada no llevan notas numeradas</translation>
    </message>
    <message>
        <source>Tracked changes read with every change accepted: {changes} ({paragraphs})</source>
        <translation>Control de cambios leído con todos los cambios aceptados: {changes} ({paragraphs})</translation>
    </message>
    <message>
        <source>Tracked changes read as the original, every change rejected: {changes} ({paragraphs})</source>
        <translation>Control de cambios leído como el original, con todos los cambios rechazados: {changes} ({paragraphs})</translation>
    </message>
    <message>
        <source>Tracked changes accepted here: {changes}</source>
        <translation>Cambios aceptados aquí: {changes}</translation>
    </message>
    <message>
        <source>Tracked changes rejected here: {changes}</source>
        <translation>Cambios rechazados aquí: {changes}</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>Comentario: {text}</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation>1 inserción</translation>
    </message>
    <message>
        <source>{count} insertions</source>
        <translation>{count} inserciones</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation>1 supresión</translation>
    </message>
    <message>
        <source>{count} deletions</source>
        <translation>{count} supresiones</translation>
    </message>
    <message>
        <source>1 text moved here</source>
        <translation>1 texto trasladado aquí</translation>
    </message>
    <message>
        <source>{count} texts moved here</source>
        <translation>{count} textos trasladados aquí</translation>
    </message>
    <message>
        <source>1 text moved away</source>
        <translation>1 texto trasladado a otro lugar</translation>
    </message>
    <message>
        <source>{count} texts moved away</source>
        <translation>{count} textos trasladados a otro lugar</translation>
    </message>
    <message>
        <source>1 new paragraph</source>
        <translation>1 párrafo nuevo</translation>
    </message>
    <message>
        <source>{count} new paragraphs</source>
        <translation>{count} párrafos nuevos</translation>
    </message>
    <message>
        <source>1 paragraph joined to the next</source>
        <translation>1 párrafo unido al siguiente</translation>
    </message>
    <message>
        <source>{count} paragraphs joined to the next</source>
        <translation>{count} párrafos unidos al siguiente</translation>
    </message>
    <message>
        <source>1 formatting change (ignored)</source>
        <translation>1 cambio de formato (no se tiene en cuenta)</translation>
    </message>
    <message>
        <source>{count} formatting changes (ignored)</source>
        <translation>{count} cambios de formato (no se tienen en cuenta)</translation>
    </message>
    <message>
        <source>1 move</source>
        <translation>1 traslado</translation>
    </message>
    <message>
        <source>{count} moves</source>
        <translation>{count} traslados</translation>
    </message>
    <message>
        <source>Rolled over from {name}: enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Proyecto preparado a partir de {name}: introduzca la signatura, la fecha y los patrocinadores. El texto aprobado se conserva como texto de base.</translation>
    </message>
    <message>
        <source>Rolled over from {name} (adopted {date}): enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Proyecto preparado a partir de {name} (aprobada el {date}): introduzca la signatura, la fecha y los patrocinadores. El texto aprobado se conserva como texto de base.</translation>
    </message>
    <message>
        <source>Rolled over from {name} for the {session}: enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Proyecto preparado a partir de {name} para el {session}: introduzca la signatura, la fecha y los patrocinadores. El texto aprobado se conserva como texto de base.</translation>
    </message>
    <message>
        <source>Rolled over from {name} (adopted {date}) for the {session}: enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Proyecto preparado a partir de {name} (aprobada el {date}) para el {session}: introduzca la signatura, la fecha y los patrocinadores. El texto aprobado se conserva como texto de base.</translation>
    </message>
    <message>
        <source>Agenda item {items} kept from {name}: check the new session&apos;s agenda.</source>
        <translation>Tema {items} del programa conservado de {name}: compruebe el programa del nuevo período de sesiones.</translation>
    </message>
    <message>
        <source>Last year&apos;s sponsors, not carried over: {names}.</source>
        <translation>Patrocinadores del año anterior, que no se han trasladado: {names}.</translation>
    </message>
    <message>
        <source>Sponsors left empty: {name} lists none; last year&apos;s are on {drafts}.</source>
        <translation>Patrocinadores en blanco: {name} no los enumera; los del año anterior figuran en {drafts}.</translation>
    </message>
    <message>
        <source>References to sessions in the text are not moved in this language: check them.</source>
        <translation>En este idioma no se actualizan las referencias a períodos de sesiones del texto: compruébelas.</translation>
    </message>
    <message>
        <source>Tabled in the {committee}, as the report line says: {report_line}</source>
        <translation>Presentado en la {committee}, como indica la línea del informe: {report_line}</translation>
    </message>
    <message>
        <source>Tabled in the plenary, as the report line says: {report_line}</source>
        <translation>Presentado en sesión plenaria, como indica la línea del informe: {report_line}</translation>
    </message>
    <message>
        <source>First Committee</source>
        <translation>Primera Comisión</translation>
    </message>
    <message>
        <source>Second Committee</source>
        <translation>Segunda Comisión</translation>
    </message>
    <message>
        <source>Third Committee</source>
        <translation>Tercera Comisión</translation>
    </message>
    <message>
        <source>Special Political and Decolonization Committee (Fourth Committee)</source>
        <translation>Comisión Política Especial y de Descolonización (Cuarta Comisión)</translation>
    </message>
    <message>
        <source>Fifth Committee</source>
        <translation>Quinta Comisión</translation>
    </message>
    <message>
        <source>Sixth Committee</source>
        <translation>Sexta Comisión</translation>
    </message>
    <message>
        <source>Added: “{text}”.</source>
        <translation>Añadido: “{text}”.</translation>
    </message>
    <message>
        <source>Added: “{text}”. The adoption date was not found: add it.</source>
        <translation>Añadido: “{text}”. No se ha encontrado la fecha de aprobación: añádala.</translation>
    </message>
    <message>
        <source>Added: “{text}”. The next paragraph also opens with “{lead}”: consider “{lead_also}”.</source>
        <translation>Añadido: “{text}”. El párrafo siguiente también empieza por “{lead}”: considere “{lead_also}”.</translation>
    </message>
    <message>
        <source>Added: “{text}”. The adoption date was not found: add it. The next paragraph also opens with “{lead}”: consider “{lead_also}”.</source>
        <translation>Añadido: “{text}”. No se ha encontrado la fecha de aprobación: añádala. El párrafo siguiente también empieza por “{lead}”: considere “{lead_also}”.</translation>
    </message>
    <message>
        <source>Resolution {number} is already recalled here.</source>
        <translation>La resolución {number} ya se recuerda aquí.</translation>
    </message>
    <message>
        <source>Recalls {number} instead of {old}: “{rest}” covers the earlier ones. Was: “{was}”.</source>
        <translation>Recuerda la {number} en lugar de la {old}: “{rest}” abarca las anteriores. Decía: “{was}”.</translation>
    </message>
    <message>
        <source>Added {number} to the resolutions recalled. Was: “{was}”.</source>
        <translation>Se ha añadido la {number} a las resoluciones recordadas. Decía: “{was}”.</translation>
    </message>
    <message>
        <source>Session moved on: {changes}.</source>
        <translation>Período de sesiones actualizado: {changes}.</translation>
    </message>
    <message>
        <source>Not moved: {sessions}, later than the next session, may be a fixed date; check it.</source>
        <translation>Sin actualizar: {sessions}, posterior al próximo período de sesiones, puede ser una fecha fija; compruébelo.</translation>
    </message>
    <message>
        <source>Names {dates}: dates and years are not moved; check them.</source>
        <translation>Menciona {dates}: las fechas y los años no se actualizan; compruébelos.</translation>
    </message>
</context>
<context>
    <name>ImportNotesPanel</name>
    <message>
        <source>Nothing to check: the importer was sure of everything.</source>
        <translation>Nada que revisar: la importación no tuvo ninguna duda.</translation>
    </message>
    <message>
        <source>{place}: {note}</source>
        <translation>{place}: {note}</translation>
    </message>
    <message>
        <source>Click to go to the paragraph</source>
        <translation>Haga clic para ir al párrafo</translation>
    </message>
    <message>
        <source>Whole draft</source>
        <translation>Todo el proyecto</translation>
    </message>
    <message>
        <source>A deleted paragraph</source>
        <translation>Un párrafo eliminado</translation>
    </message>
</context>
<context>
    <name>LanguageDataErrors</name>
    <message>
        <source>{source}: &apos;{key}&apos; {problem}</source>
        <translation>{source}: &apos;{key}&apos; {problem}</translation>
    </message>
    <message>
        <source>is missing or is not an object</source>
        <translation>falta o no es un objeto</translation>
    </message>
    <message>
        <source>is missing or is not text</source>
        <translation>falta o no es un texto</translation>
    </message>
    <message>
        <source>is not a valid pattern ({problem})</source>
        <translation>no es un modelo válido ({problem})</translation>
    </message>
    <message>
        <source>no {{field}}</source>
        <translation>ningún {{field}}</translation>
    </message>
    <message>
        <source>uses {field}; it may use only {allowed}</source>
        <translation>usa {field}; solo puede usar {allowed}</translation>
    </message>
    <message>
        <source>must contain {field}</source>
        <translation>debe contener {field}</translation>
    </message>
    <message>
        <source>is missing or is not a list of texts</source>
        <translation>falta o no es una lista de textos</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{source}: expected a JSON object (a DraftDesk language file)</source>
        <translation>{source}: se esperaba un objeto JSON (un archivo de idioma de DraftDesk)</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>debe ser {value}</translation>
    </message>
    <message>
        <source>must list the twelve months</source>
        <translation>debe enumerar los doce meses</translation>
    </message>
    <message>
        <source>must start with &apos;seen&apos; or &apos;inferred&apos;</source>
        <translation>debe empezar por &apos;seen&apos; o &apos;inferred&apos;</translation>
    </message>
    <message>
        <source>names no entry of this file</source>
        <translation>no designa ninguna entrada de este archivo</translation>
    </message>
    <message>
        <source>must map a number to its ordinal text</source>
        <translation>debe asociar un número a su ordinal en letras</translation>
    </message>
    <message>
        <source>must list {count} words</source>
        <translation>debe enumerar {count} palabras</translation>
    </message>
    <message>
        <source>must list the numbers 0 to 19 in words</source>
        <translation>debe enumerar los números del 0 al 19 en letras</translation>
    </message>
    <message>
        <source>must list 10 words</source>
        <translation>debe enumerar 10 palabras</translation>
    </message>
    <message>
        <source>must give every number 1-200 (no {number})</source>
        <translation>debe dar todos los números del 1 al 200 (falta el {number})</translation>
    </message>
    <message>
        <source>must be null or an object</source>
        <translation>debe ser null o un objeto</translation>
    </message>
    <message>
        <source>must be U+00A0, U+202F or a plain space</source>
        <translation>debe ser U+00A0, U+202F o un espacio simple</translation>
    </message>
    <message>
        <source>is missing or is not a list</source>
        <translation>falta o no es una lista</translation>
    </message>
    <message>
        <source>must be an object with &apos;text&apos; or &apos;f&apos; and &apos;m&apos;</source>
        <translation>debe ser un objeto con &apos;text&apos; o con &apos;f&apos; y &apos;m&apos;</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>{path}: a language file of {size} bytes is too large</source>
        <translation>{path}: un archivo de idioma de {size} bytes es demasiado grande</translation>
    </message>
    <message>
        <source>{path}: cannot read the language file ({reason})</source>
        <translation>{path}: no se puede leer el archivo de idioma ({reason})</translation>
    </message>
    <message>
        <source>{path}: &apos;code&apos; is {code} but the file is named {name}</source>
        <translation>{path}: &apos;code&apos; es {code}, pero el archivo se llama {name}</translation>
    </message>
    <message>
        <source>no language data for {language} (expected {file} among {available})</source>
        <translation>no hay datos de idioma para {language} (se esperaba {file} entre {available})</translation>
    </message>
    <message>
        <source>{path}: cannot read the list of States ({reason})</source>
        <translation>{path}: no se puede leer la lista de Estados ({reason})</translation>
    </message>
    <message>
        <source>{path}: expected a JSON list of States</source>
        <translation>{path}: se esperaba una lista JSON de Estados</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Select the paragraphs to save in the outline.</source>
        <translation>Seleccione en el esquema los párrafos que desea guardar.</translation>
    </message>
    <message>
        <source>Cannot open the clause libraries</source>
        <translation>No se pueden abrir las bibliotecas de cláusulas</translation>
    </message>
    <message>
        <source>Saved 1 paragraph to the library “{name}”.</source>
        <translation>Se guardó 1 párrafo en la biblioteca “{name}”.</translation>
    </message>
    <message>
        <source>Saved {count} paragraphs to the library “{name}”.</source>
        <translation>Se guardaron {count} párrafos en la biblioteca “{name}”.</translation>
    </message>
    <message>
        <source>Select the paragraph whose wording to replace.</source>
        <translation>Seleccione el párrafo cuya redacción desea reemplazar.</translation>
    </message>
    <message>
        <source>A heading cannot take a clause&apos;s wording.</source>
        <translation>Un encabezado no puede recibir la redacción de una cláusula.</translation>
    </message>
    <message>
        <source>Use agreed wording</source>
        <translation>Usar la redacción convenida</translation>
    </message>
    <message>
        <source>The paragraph now has the library&apos;s wording.</source>
        <translation>El párrafo tiene ahora la redacción de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <source>no paragraph &apos;{reference}&apos; in the draft (e.g. &apos;para. 4 (a)&apos; or &apos;pp2&apos;)</source>
        <translation>no hay ningún párrafo «{reference}» en el proyecto (p. ej. «para. 4 (a)» o «pp2»)</translation>
    </message>
    <message>
        <source>no paragraph {id} in the draft</source>
        <translation>no hay ningún párrafo {id} en el proyecto</translation>
    </message>
    <message>
        <source>{where}: {what} must be text, not {type}</source>
        <translation>{where}: {what} debe ser texto, no {type}</translation>
    </message>
    <message>
        <source>{where}: {what} is empty</source>
        <translation>{where}: {what} no tiene contenido</translation>
    </message>
    <message>
        <source>{where}: {what} is longer than {limit} characters</source>
        <translation>{where}: {what} tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{where}: {what} contains control characters or line breaks</source>
        <translation>{where}: {what} contiene caracteres de control o saltos de línea</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>una etiqueta</translation>
    </message>
    <message>
        <source>source symbol</source>
        <translation>la signatura de la fuente</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>{where}: clause {number}</source>
        <translation>{where}: cláusula {number}</translation>
    </message>
    <message>
        <source>{where} (&apos;{key}&apos;)</source>
        <translation>{where} («{key}»)</translation>
    </message>
    <message>
        <source>{where}: a clause must be an object, not {type}</source>
        <translation>{where}: una cláusula debe ser un objeto, no {type}</translation>
    </message>
    <message>
        <source>{where}: tags must be a list of at most {limit} words</source>
        <translation>{where}: las etiquetas deben ser una lista de {limit} palabras como máximo</translation>
    </message>
    <message>
        <source>{where}: source must be an object with symbol and paragraph</source>
        <translation>{where}: la fuente debe ser un objeto con signatura y párrafo</translation>
    </message>
    <message>
        <source>{where}: version must be a positive whole number</source>
        <translation>{where}: la versión debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>{where}: not a DraftDesk clause library (expected a JSON object)</source>
        <translation>{where}: no es una biblioteca de cláusulas de DraftDesk (se esperaba un objeto JSON)</translation>
    </message>
    <message>
        <source>{where}: not a DraftDesk clause library (format is not &apos;{format}&apos;)</source>
        <translation>{where}: no es una biblioteca de cláusulas de DraftDesk (el formato no es «{format}»)</translation>
    </message>
    <message>
        <source>{where}: format_version must be a positive whole number</source>
        <translation>{where}: format_version debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>{where}: written by a newer DraftDesk (format version {version}); update DraftDesk</source>
        <translation>{where}: escrito por una versión más reciente de DraftDesk (versión de formato {version}); actualice DraftDesk</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}: &apos;clauses&apos; must be a list</source>
        <translation>{where}: «clauses» debe ser una lista</translation>
    </message>
    <message>
        <source>{where}: {count} clauses is more than the {limit} allowed</source>
        <translation>{where}: {count} cláusulas superan el máximo de {limit}</translation>
    </message>
    <message>
        <source>{where}: not a text file in UTF-8</source>
        <translation>{where}: no es un archivo de texto en UTF-8</translation>
    </message>
    <message>
        <source>the library name is empty</source>
        <translation>el nombre de la biblioteca está vacío</translation>
    </message>
    <message>
        <source>the library name is longer than {limit} characters</source>
        <translation>el nombre de la biblioteca tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>the library name {name}</source>
        <translation>el nombre de la biblioteca {name}</translation>
    </message>
    <message>
        <source>{path}: cannot open the clause libraries ({reason})</source>
        <translation>{path}: no se pueden abrir las bibliotecas de cláusulas ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot create the clause libraries ({reason})</source>
        <translation>{path}: no se pueden crear las bibliotecas de cláusulas ({reason})</translation>
    </message>
    <message>
        <source>{path}: the clause libraries were written by a newer DraftDesk (schema {schema}); update DraftDesk</source>
        <translation>{path}: las bibliotecas de cláusulas fueron escritas por una versión más reciente de DraftDesk (esquema {schema}); actualice DraftDesk</translation>
    </message>
    <message>
        <source>{path}: the clause libraries are open read-only</source>
        <translation>{path}: las bibliotecas de cláusulas están abiertas solo para lectura</translation>
    </message>
    <message>
        <source>{path}: the clause libraries are busy: another DraftDesk is changing them; try again when it has finished</source>
        <translation>{path}: las bibliotecas de cláusulas están ocupadas: otro DraftDesk las está modificando; vuelva a intentarlo cuando haya terminado</translation>
    </message>
    <message>
        <source>no clause library named &apos;{name}&apos;</source>
        <translation>no hay ninguna biblioteca de cláusulas llamada «{name}»</translation>
    </message>
    <message>
        <source>the library &apos;{name}&apos; comes with DraftDesk and cannot be changed; copy its clauses into a library of your own</source>
        <translation>la biblioteca «{name}» viene con DraftDesk y no se puede modificar; copie sus cláusulas en una biblioteca propia</translation>
    </message>
    <message>
        <source>a clause library named &apos;{name}&apos; already exists</source>
        <translation>ya existe una biblioteca de cláusulas llamada «{name}»</translation>
    </message>
    <message>
        <source>clause &apos;{key}&apos; in library &apos;{library}&apos;</source>
        <translation>cláusula «{key}» de la biblioteca «{library}»</translation>
    </message>
    <message>
        <source>no clause with id {id}</source>
        <translation>no hay ninguna cláusula con el identificador {id}</translation>
    </message>
    <message>
        <source>{where} has no version {version}</source>
        <translation>{where}: no existe la versión {version}</translation>
    </message>
    <message>
        <source>no clause &apos;{key}&apos; in library &apos;{library}&apos;</source>
        <translation>no hay ninguna cláusula «{key}» en la biblioteca «{library}»</translation>
    </message>
    <message>
        <source>cannot change {names} of a clause</source>
        <translation>no se puede cambiar {names} de una cláusula</translation>
    </message>
    <message>
        <source>{where}: kind must be preambular or operative, not {value}</source>
        <translation>{where}: el tipo debe ser «preambular» u «operative», no {value}</translation>
    </message>
    <message>
        <source>{where}: body must be one of {bodies}, not {value}</source>
        <translation>{where}: el órgano debe ser uno de estos: {bodies}; no {value}</translation>
    </message>
    <message>
        <source>{where}: the text is empty</source>
        <translation>{where}: el texto está vacío</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>key</source>
        <translation>la clave</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>el tema</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>source</source>
        <translation>la fuente</translation>
    </message>
    <message>
        <source>source paragraph</source>
        <translation>el párrafo de la fuente</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>la etiqueta</translation>
    </message>
</context>
<context>
    <name>LibraryNameDialog</name>
    <message>
        <source>Rename Library “{name}”</source>
        <translation>Cambiar el nombre de la biblioteca “{name}”</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>Nombre de la biblioteca</translation>
    </message>
    <message>
        <source>e.g. Migration — agreed language</source>
        <translation>p. ej. Migración — lenguaje convenido</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>LibraryOrigins</name>
    <message>
        <source>{symbol}, {paragraph}</source>
        <translation>{symbol}, {paragraph}</translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>párr. {number}</translation>
    </message>
    <message>
        <source>preambular para. {number}</source>
        <translation>párr. {number} del preámbulo</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>DraftDesk clause libraries (*.json);;All files (*)</source>
        <translation>Bibliotecas de cláusulas de DraftDesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Resolution texts (*.txt);;All files (*)</source>
        <translation>Textos de resoluciones (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <source>General Assembly</source>
        <translation>Asamblea General</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Economic and Social Council</source>
        <translation>Consejo Económico y Social</translation>
    </message>
    <message>
        <source>Human Rights Council</source>
        <translation>Consejo de Derechos Humanos</translation>
    </message>
    <message>
        <source>Both parts</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>Preambular</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Parte dispositiva</translation>
    </message>
    <message>
        <source>GA</source>
        <translation>AG</translation>
    </message>
    <message>
        <source>SC</source>
        <translation>CS</translation>
    </message>
    <message>
        <source>ECOSOC</source>
        <translation>ECOSOC</translation>
    </message>
    <message>
        <source>HRC</source>
        <translation>CDH</translation>
    </message>
    <message>
        <source>any body</source>
        <translation>cualquier órgano</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>preámbulo</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>parte dispositiva</translation>
    </message>
    <message>
        <source>{percent}% similar</source>
        <translation>similar al {percent} %</translation>
    </message>
    <message>
        <source>{percent}% similar · {where}</source>
        <translation>similar al {percent} % · {where}</translation>
    </message>
    <message>
        <source>a number, e.g. 80 (printed as “eightieth”)</source>
        <translation>un número, p. ej. 80 (se imprime en letras: “eightieth”)</translation>
    </message>
    <message>
        <source>a date, e.g. 2025-12-15 or 15 December 2025</source>
        <translation>una fecha, p. ej. 2025-12-15 o 15 December 2025</translation>
    </message>
    <message>
        <source>items separated by semicolons</source>
        <translation>elementos separados por punto y coma</translation>
    </message>
    <message>
        <source>Search clauses</source>
        <translation>Buscar cláusulas</translation>
    </message>
    <message>
        <source>Search clauses: words, tags, symbols…</source>
        <translation>Buscar cláusulas: palabras, etiquetas, signaturas…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Clauses found</source>
        <translation>Cláusulas encontradas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Similar agreed language&lt;/b&gt; for the paragraph you are editing — choose one to use its wording:</source>
        <translation>&lt;b&gt;Lenguaje convenido similar&lt;/b&gt; para el párrafo que está editando — elija uno para usar su redacción:</translation>
    </message>
    <message>
        <source>Similar agreed language</source>
        <translation>Lenguaje convenido similar</translation>
    </message>
    <message>
        <source>Clause preview</source>
        <translation>Vista previa de la cláusula</translation>
    </message>
    <message>
        <source>&amp;Insert Clause</source>
        <translation>&amp;Insertar cláusula</translation>
    </message>
    <message>
        <source>Insert the clause into the draft (Enter)</source>
        <translation>Insertar la cláusula en el proyecto (Intro)</translation>
    </message>
    <message>
        <source>Replace the text of the paragraph being edited by this clause (undoable)</source>
        <translation>Reemplazar el texto del párrafo que se está editando por esta cláusula (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Edit Clause…</source>
        <translation>&amp;Editar cláusula…</translation>
    </message>
    <message>
        <source>Change the clause&apos;s text, tags or note (a new version)</source>
        <translation>Cambiar el texto, las etiquetas o la nota de la cláusula (una nueva versión)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Create, rename, delete, import or export libraries</source>
        <translation>Crear, cambiar de nombre, eliminar, importar o exportar bibliotecas</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Rename Library…</source>
        <translation>&amp;Cambiar el nombre de la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Delete Library…</source>
        <translation>&amp;Eliminar la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Import Library File…</source>
        <translation>&amp;Importar archivo de biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Export Library File…</source>
        <translation>E&amp;xportar archivo de biblioteca…</translation>
    </message>
    <message>
        <source>Add &amp;Resolution Texts…</source>
        <translation>Añadir textos de &amp;resoluciones…</translation>
    </message>
    <message>
        <source>Every paragraph of the chosen resolutions becomes a clause, citing its source</source>
        <translation>Cada párrafo de las resoluciones elegidas pasa a ser una cláusula que cita su fuente</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>Todas las bibliotecas</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <source>No clause matches these words.</source>
        <translation>Ninguna cláusula coincide con estas palabras.</translation>
    </message>
    <message>
        <source>&amp;Replace Paragraph Text</source>
        <translation>&amp;Reemplazar el texto del párrafo</translation>
    </message>
    <message>
        <source>Clauses of the built-in library cannot be changed; save them to a library of yours</source>
        <translation>Las cláusulas de la biblioteca integrada no se pueden modificar; guárdelas en una biblioteca propia</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a clause to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija una cláusula para verla aquí.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Fill in: {names}</source>
        <translation>Complete: {names}</translation>
    </message>
    <message>
        <source>Saved {key}, version {version}.</source>
        <translation>Se guardó {key}, versión {version}.</translation>
    </message>
    <message>
        <source>The library &apos;{name}&apos; comes with DraftDesk and cannot be changed.</source>
        <translation>La biblioteca &apos;{name}&apos; viene con DraftDesk y no se puede modificar.</translation>
    </message>
    <message>
        <source>Created library &apos;{name}&apos;.</source>
        <translation>Se creó la biblioteca &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Choose the library to rename in the list above.</source>
        <translation>Elija en la lista de arriba la biblioteca a la que desea cambiar el nombre.</translation>
    </message>
    <message>
        <source>Renamed library &apos;{old}&apos; to &apos;{name}&apos;.</source>
        <translation>La biblioteca &apos;{old}&apos; se llama ahora &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Choose the library to delete in the list above.</source>
        <translation>Elija en la lista de arriba la biblioteca que desea eliminar.</translation>
    </message>
    <message>
        <source>Delete library</source>
        <translation>Eliminar biblioteca</translation>
    </message>
    <message>
        <source>Delete the library “{name}” and its 1 clause? Drafts keep the text they inserted. This cannot be undone.</source>
        <translation>¿Eliminar la biblioteca “{name}” y su cláusula? Los proyectos conservan el texto que insertaron. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete the library “{name}” and its {count} clauses? Drafts keep the text they inserted. This cannot be undone.</source>
        <translation>¿Eliminar la biblioteca “{name}” y sus {count} cláusulas? Los proyectos conservan el texto que insertaron. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete the library</source>
        <translation>No se puede eliminar la biblioteca</translation>
    </message>
    <message>
        <source>Deleted library &apos;{name}&apos;.</source>
        <translation>Se eliminó la biblioteca &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Import clause library</source>
        <translation>Importar biblioteca de cláusulas</translation>
    </message>
    <message>
        <source>Cannot import the library</source>
        <translation>No se puede importar la biblioteca</translation>
    </message>
    <message>
        <source>Library &apos;{library}&apos;: {added} clauses added, {duplicates} duplicates skipped.</source>
        <translation>Biblioteca &apos;{library}&apos;: {added} cláusulas añadidas, {duplicates} duplicados omitidos.</translation>
    </message>
    <message>
        <source>Choose the library to export in the list above.</source>
        <translation>Elija en la lista de arriba la biblioteca que desea exportar.</translation>
    </message>
    <message>
        <source>Export library “{library}”</source>
        <translation>Exportar la biblioteca “{library}”</translation>
    </message>
    <message>
        <source>Cannot export the library</source>
        <translation>No se puede exportar la biblioteca</translation>
    </message>
    <message>
        <source>Exported {count} clauses of &apos;{library}&apos; to {path}.</source>
        <translation>Se exportaron {count} cláusulas de &apos;{library}&apos; a {path}.</translation>
    </message>
    <message>
        <source>Add resolution texts to a library</source>
        <translation>Añadir textos de resoluciones a una biblioteca</translation>
    </message>
    <message>
        <source>Cannot add the texts</source>
        <translation>No se pueden añadir los textos</translation>
    </message>
    <message>
        <source>Library &apos;{library}&apos;: {added} clauses added from 1 text, {duplicates} duplicates skipped.</source>
        <translation>Biblioteca &apos;{library}&apos;: {added} cláusulas añadidas de 1 texto, {duplicates} duplicados omitidos.</translation>
    </message>
    <message>
        <source>Library &apos;{library}&apos;: {added} clauses added from {texts} texts, {duplicates} duplicates skipped.</source>
        <translation>Biblioteca &apos;{library}&apos;: {added} cláusulas añadidas de {texts} textos, {duplicates} duplicados omitidos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DraftDesk drafts (*.draftdesk);;All files (*)</source>
        <translation>Proyectos de DraftDesk (*.draftdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>un texto OpenDocument</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un documento RTF</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Deshacer {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rehacer {change}</translation>
    </message>
    <message>
        <source>Select a paragraph first.</source>
        <translation>Seleccione primero un párrafo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>¿Guardar los cambios de “{name}” antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <source>No recent drafts</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Save draft as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>Import text file</source>
        <translation>Importar archivo de texto</translation>
    </message>
    <message>
        <source>Cannot import the text</source>
        <translation>No se puede importar el texto</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Se importó {name}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Check before export</source>
        <translation>Revisar antes de exportar</translation>
    </message>
    <message>
        <source>The exported document would show these problems:

{problems}

Export anyway (Yes), or cancel and fix them first?</source>
        <translation>El documento exportado mostraría estos problemas:

{problems}

¿Exportar de todos modos (Sí) o cancelar y corregirlos primero?</translation>
    </message>
    <message>
        <source>The {what} was written to
{path}</source>
        <translation>El {what} se escribió en
{path}</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Escribiendo el documento de Word…</translation>
    </message>
    <message>
        <source>a Word 97-2003 document</source>
        <translation>un documento de Word 97-2003</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>{name} is {kind}: DraftDesk opens .draftdesk drafts, PDF, Word (.docx) and text files; save it as .docx, or copy the text and use Import text.</source>
        <translation>{name} es {kind}: DraftDesk abre proyectos .draftdesk y archivos PDF, de Word (.docx) y de texto; guárdelo como .docx, o copie el texto y use Importar texto.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>New draft from an adopted resolution</source>
        <translation>Nuevo proyecto a partir de una resolución aprobada</translation>
    </message>
    <message>
        <source>Cannot roll the resolution over</source>
        <translation>No se puede preparar el nuevo proyecto a partir de la resolución</translation>
    </message>
    <message>
        <source>{name} next session</source>
        <translation>{name} próximo período de sesiones</translation>
    </message>
    <message>
        <source>Next session&apos;s draft from {name}: check the import notes</source>
        <translation>Proyecto del próximo período de sesiones a partir de {name}: revise las notas de importación</translation>
    </message>
    <message>
        <source>Last year&apos;s sponsors</source>
        <translation>Patrocinadores del año pasado</translation>
    </message>
    <message>
        <source>Last year&apos;s sponsors were {names}. Start the new draft with them? (You can change them in Draft Details.)</source>
        <translation>Los patrocinadores del año pasado fueron {names}. ¿Empezar el nuevo proyecto con ellos? (Puede cambiarlos en Datos del proyecto.)</translation>
    </message>
    <message>
        <source>Opening {name}; one file at a time</source>
        <translation>Abriendo {name}; un archivo a la vez</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;Abrir documento</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Se exportó {path}</translation>
    </message>
    <message>
        <source>Select the paragraph to add a sub-paragraph to.</source>
        <translation>Seleccione el párrafo al que desea añadir un apartado.</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph&apos;s text first.</source>
        <translation>Coloque primero el cursor en el texto de un párrafo.</translation>
    </message>
    <message>
        <source>Headings take no footnotes or references.</source>
        <translation>Los encabezados no llevan notas de pie de página ni remisiones.</translation>
    </message>
    <message>
        <source>The draft has no footnotes yet.</source>
        <translation>El proyecto todavía no tiene notas de pie de página.</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Error del guardado automático: {error}</translation>
    </message>
    <message>
        <source>Cannot recover the draft</source>
        <translation>No se puede recuperar el proyecto</translation>
    </message>
    <message>
        <source>an unsaved draft</source>
        <translation>un proyecto sin guardar</translation>
    </message>
    <message>
        <source>Recover draft</source>
        <translation>Recuperar proyecto</translation>
    </message>
    <message>
        <source>DraftDesk did not close normally. Recover the last autosaved copy of {name}?</source>
        <translation>DraftDesk no se cerró normalmente. ¿Recuperar la última copia guardada automáticamente de {name}?</translation>
    </message>
    <message>
        <source>Recovered the autosaved draft; save it to keep it.</source>
        <translation>Se recuperó el proyecto guardado automáticamente; guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Your draft is safe: an up-to-date copy is in the recovery file.</source>
        <translation>Su proyecto está a salvo: hay una copia actualizada en el archivo de recuperación.</translation>
    </message>
    <message>
        <source>Save your draft under a new name to be safe.</source>
        <translation>Guarde su proyecto con otro nombre por seguridad.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>DraftDesk hit an internal error: {error}</source>
        <translation>DraftDesk encontró un error interno: {error}</translation>
    </message>
    <message>
        <source>About DraftDesk</source>
        <translation>Acerca de DraftDesk</translation>
    </message>
    <message>
        <source>A drafting assistant for United Nations draft resolutions: compose the preamble, operative paragraphs and footnotes; numbering, punctuation and cross-references follow the structure; export a Word document laid out like an L-document.</source>
        <translation>Un asistente de redacción de proyectos de resolución de las Naciones Unidas: redacte el preámbulo, los párrafos dispositivos y las notas de pie de página; la numeración, la puntuación y las remisiones siguen la estructura; exporte un documento de Word con la presentación de un documento L.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licencia MIT.</translation>
    </message>
    <message>
        <source>Indent / outdent in the outline</source>
        <translation>Aumentar / reducir la sangría en el esquema</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Delete paragraph in the outline</source>
        <translation>Eliminar un párrafo en el esquema</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Split the paragraph at the cursor (new paragraph at the end)</source>
        <translation>Dividir el párrafo en el cursor (nuevo párrafo al final)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Pegar como texto sin formato</translation>
    </message>
    <message>
        <source>Italic in a footnote</source>
        <translation>Cursiva en una nota de pie de página</translation>
    </message>
    <message>
        <source>Ctrl+I or *asterisks*</source>
        <translation>Ctrl+I o *asteriscos*</translation>
    </message>
    <message>
        <source>Delete footnote in the footnote list</source>
        <translation>Eliminar una nota en la lista de notas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>NewDraftWizard</name>
    <message>
        <source>General Assembly, &amp;plenary</source>
        <translation>Asamblea General, &amp;sesión plenaria</translation>
    </message>
    <message>
        <source>General Assembly, Main &amp;Committee</source>
        <translation>Asamblea General, &amp;Comisión Principal</translation>
    </message>
    <message>
        <source>General Assembly, &amp;emergency special session</source>
        <translation>Asamblea General, período extraordinario de sesiones de &amp;emergencia</translation>
    </message>
    <message>
        <source>&amp;Security Council</source>
        <translation>Consejo de &amp;Seguridad</translation>
    </message>
    <message>
        <source>Economic and Social C&amp;ouncil (ECOSOC)</source>
        <translation>C&amp;onsejo Económico y Social (ECOSOC)</translation>
    </message>
    <message>
        <source>&amp;Human Rights Council</source>
        <translation>Consejo de &amp;Derechos Humanos</translation>
    </message>
    <message>
        <source>First Committee (Disarmament and International Security)</source>
        <translation>Primera Comisión (Desarme y Seguridad Internacional)</translation>
    </message>
    <message>
        <source>Second Committee (Economic and Financial)</source>
        <translation>Segunda Comisión (Asuntos Económicos y Financieros)</translation>
    </message>
    <message>
        <source>Third Committee (Social, Humanitarian and Cultural)</source>
        <translation>Tercera Comisión (Asuntos Sociales, Humanitarios y Culturales)</translation>
    </message>
    <message>
        <source>Fourth Committee (Special Political and Decolonization)</source>
        <translation>Cuarta Comisión (Política Especial y de Descolonización)</translation>
    </message>
    <message>
        <source>Fifth Committee (Administrative and Budgetary)</source>
        <translation>Quinta Comisión (Asuntos Administrativos y de Presupuesto)</translation>
    </message>
    <message>
        <source>Sixth Committee (Legal)</source>
        <translation>Sexta Comisión (Asuntos Jurídicos)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>symbol not yet assigned</source>
        <translation>signatura aún no asignada</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>sin fecha todavía</translation>
    </message>
    <message>
        <source>no sponsors yet</source>
        <translation>sin patrocinadores todavía</translation>
    </message>
    <message>
        <source>title not yet given</source>
        <translation>título aún no indicado</translation>
    </message>
    <message>
        <source>New draft resolution</source>
        <translation>Nuevo proyecto de resolución</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <source>First page as it will print</source>
        <translation>La primera página tal como se imprimirá</translation>
    </message>
    <message>
        <source>Draft details</source>
        <translation>Datos del proyecto</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Prints as: {line}</source>
        <translation>Se imprime: {line}</translation>
    </message>
    <message>
        <source>No agenda item yet: none will print.</source>
        <translation>Todavía no hay tema del programa: no se imprimirá ninguno.</translation>
    </message>
    <message>
        <source>(no sponsors yet)</source>
        <translation>(sin patrocinadores todavía)</translation>
    </message>
    <message>
        <source>e.g. {symbol} (optional)</source>
        <translation>p. ej. {symbol} (opcional)</translation>
    </message>
    <message>
        <source>Check the symbol: {problem}.</source>
        <translation>Revise la signatura: {problem}.</translation>
    </message>
    <message>
        <source>The symbol fits this body.</source>
        <translation>La signatura corresponde a este órgano.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Import notes</source>
        <translation>Notas de importación</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>Drafts and resolutions (*.draftdesk *.pdf *.docx *.txt)</source>
        <translation>Proyectos y resoluciones (*.draftdesk *.pdf *.docx *.txt)</translation>
    </message>
    <message>
        <source>DraftDesk drafts (*.draftdesk)</source>
        <translation>Proyectos de DraftDesk (*.draftdesk)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Adopted resolutions (*.pdf *.docx *.txt *.draftdesk)</source>
        <translation>Resoluciones aprobadas (*.pdf *.docx *.txt *.draftdesk)</translation>
    </message>
    <message>
        <source>DraftDesk</source>
        <translation>DraftDesk</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Preamble</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Parte dispositiva</translation>
    </message>
    <message>
        <source>Part {letter}: {section}</source>
        <translation>Parte {letter}: {section}</translation>
    </message>
    <message>
        <source>(heading)</source>
        <translation>(encabezado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Select to edit the annex&apos;s heading and title</source>
        <translation>Seleccione para editar el encabezado y el título del anexo</translation>
    </message>
    <message>
        <source>Select to edit the part&apos;s letter and title</source>
        <translation>Seleccione para editar la letra y el título de la parte</translation>
    </message>
    <message>
        <source>Refers to a deleted paragraph. {text}</source>
        <translation>Remite a un párrafo eliminado. {text}</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline of the draft</source>
        <translation>Esquema del proyecto</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>Word document</source>
        <translation>documento de Word</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export Submission Manuscript</source>
        <translation>Exportar el manuscrito para presentación</translation>
    </message>
    <message>
        <source>submission manuscript</source>
        <translation>manuscrito para presentación</translation>
    </message>
    <message>
        <source>Export as Plain Text</source>
        <translation>Exportar como texto sin formato</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>Sent 1 page to {printer}</source>
        <translation>Se envió 1 página a {printer}</translation>
    </message>
    <message>
        <source>Sent {count} pages to {printer}</source>
        <translation>Se enviaron {count} páginas a {printer}</translation>
    </message>
</context>
<context>
    <name>ParagraphEditor</name>
    <message>
        <source>Footnote</source>
        <translation>Nota de pie de página</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Select a paragraph in the outline</source>
        <translation>Seleccione un párrafo en el esquema</translation>
    </message>
    <message>
        <source>Opening phrase, e.g. Recalling or Requests</source>
        <translation>Expresión inicial, p. ej. Recordando o Solicita</translation>
    </message>
    <message>
        <source>Opening phrase</source>
        <translation>Expresión inicial</translation>
    </message>
    <message>
        <source>Text of the paragraph, without its number or end punctuation</source>
        <translation>Texto del párrafo, sin su número ni la puntuación final</translation>
    </message>
    <message>
        <source>&amp;Opening phrase:</source>
        <translation>&amp;Expresión inicial:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Text of the heading, e.g. Follow-up</source>
        <translation>Texto del encabezado, p. ej. Seguimiento</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Sub-paragraph {label}</source>
        <translation>Apartado {label}</translation>
    </message>
    <message>
        <source>Preambular paragraph {number}</source>
        <translation>Párrafo {number} del preámbulo</translation>
    </message>
    <message>
        <source>Operative paragraph {label}</source>
        <translation>Párrafo dispositivo {label}</translation>
    </message>
    <message>
        <source>(unnumbered)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <source>Ends with “{ending}”, as its text has it</source>
        <translation>Termina con “{ending}”, como lo indica su texto</translation>
    </message>
    <message>
        <source>Ends without punctuation, as its text has it</source>
        <translation>Termina sin puntuación, como lo indica su texto</translation>
    </message>
    <message>
        <source>Ends with “{ending}”</source>
        <translation>Termina con “{ending}”</translation>
    </message>
</context>
<context>
    <name>ParagraphTextEdit</name>
    <message>
        <source>Paragraph text</source>
        <translation>Texto del párrafo</translation>
    </message>
</context>
<context>
    <name>PartActions</name>
    <message>
        <source>The text is now in parts: its paragraphs are part A, and part {letter} follows with its own formula.</source>
        <translation>El texto está ahora dividido en partes: sus párrafos son la parte A, y sigue la parte {letter} con su propia fórmula.</translation>
    </message>
    <message>
        <source>Part {letter} added: type its title if it has one, then Enter to write its first paragraph.</source>
        <translation>Parte {letter} añadida: escriba su título si lo tiene y pulse Intro para redactar su primer párrafo.</translation>
    </message>
    <message>
        <source>Select part B (or a later part) or one of its paragraphs first.</source>
        <translation>Seleccione antes la parte B (o una posterior) o uno de sus párrafos.</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Quitar parte</translation>
    </message>
    <message>
        <source>Remove part {letter} and its {count} paragraphs? Undo brings them back.</source>
        <translation>¿Quitar la parte {letter} y sus {count} párrafos? Deshacer los restablece.</translation>
    </message>
    <message>
        <source>Part {letter} removed; Undo brings it back.</source>
        <translation>Parte {letter} quitada; Deshacer la restablece.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part letter</source>
        <translation>Letra de la parte</translation>
    </message>
    <message>
        <source>Part title</source>
        <translation>Título de la parte</translation>
    </message>
    <message>
        <source>Most parts have none</source>
        <translation>La mayoría de las partes no tienen</translation>
    </message>
    <message>
        <source>Each part prints its letter and the formula again, and its paragraphs are numbered afresh; footnotes run on across the parts. Select a paragraph under the part in the outline to edit it.</source>
        <translation>Cada parte imprime su letra y de nuevo la fórmula, y sus párrafos se numeran de nuevo; las notas siguen numerándose de una parte a otra. Seleccione un párrafo bajo la parte en el esquema para editarlo.</translation>
    </message>
    <message>
        <source>Add &amp;Paragraph to Part</source>
        <translation>Añadir &amp;párrafo a la parte</translation>
    </message>
    <message>
        <source>&amp;Remove Part</source>
        <translation>&amp;Quitar parte</translation>
    </message>
    <message>
        <source>Remove the part and its paragraphs (Undo brings them back)</source>
        <translation>Quitar la parte y sus párrafos (Deshacer los restablece)</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letra:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>No part selected</source>
        <translation>Ninguna parte seleccionada</translation>
    </message>
    <message>
        <source>Part {letter}</source>
        <translation>Parte {letter}</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Import pasted text</source>
        <translation>Importar texto pegado</translation>
    </message>
    <message>
        <source>Paste the whole draft here: masthead, sponsors, title, “The General Assembly,”, the paragraphs and the footnotes.</source>
        <translation>Pegue aquí todo el proyecto: encabezado, patrocinadores, título, “La Asamblea General,”, los párrafos y las notas de pie de página.</translation>
    </message>
    <message>
        <source>&amp;Text of the draft:</source>
        <translation>&amp;Texto del proyecto:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Read a Text File…</source>
        <translation>&amp;Leer un archivo de texto…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Read a text file</source>
        <translation>Leer un archivo de texto</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
</context>
<context>
    <name>PhraseList</name>
    <message>
        <source>An operative paragraph opens with a verb such as “{first}” or “{second}”.</source>
        <translation>Un párrafo dispositivo empieza con un verbo como “{first}” o “{second}”.</translation>
    </message>
    <message>
        <source>“{lead}” agrees with the organ as “{agreed}”.</source>
        <translation>“{lead}” concuerda con el órgano en la forma “{agreed}”.</translation>
    </message>
    <message>
        <source>“{lead}” is not a standard preambular opening phrase.</source>
        <translation>“{lead}” no es una expresión inicial habitual de un párrafo del preámbulo.</translation>
    </message>
    <message>
        <source>“{lead}” is not a standard operative opening phrase.</source>
        <translation>“{lead}” no es una expresión inicial habitual de un párrafo dispositivo.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>operative paragraph {label}</source>
        <translation>párrafo {label} de la parte dispositiva</translation>
    </message>
    <message>
        <source>preambular paragraph {number}</source>
        <translation>párrafo {number} del preámbulo</translation>
    </message>
    <message>
        <source>subparagraph {label} of preambular paragraph {number}</source>
        <translation>apartado {label} del párrafo {number} del preámbulo</translation>
    </message>
    <message>
        <source>paragraph {label} of the annex</source>
        <translation>párrafo {label} del anexo</translation>
    </message>
    <message>
        <source>paragraph {label} of annex {numeral}</source>
        <translation>párrafo {label} del anexo {numeral}</translation>
    </message>
    <message>
        <source>paragraph {label} of {heading}</source>
        <translation>párrafo {label} de {heading}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {label} of the annex</source>
        <translation>párrafo sin numerar {label} del anexo</translation>
    </message>
    <message>
        <source>unnumbered paragraph {label} of annex {numeral}</source>
        <translation>párrafo sin numerar {label} del anexo {numeral}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {label} of {heading}</source>
        <translation>párrafo sin numerar {label} de {heading}</translation>
    </message>
    <message>
        <source>{place} of resolution {letter}</source>
        <translation>{place} de la resolución {letter}</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>paragraph {number} of the Word file</source>
        <translation>párrafo {number} del archivo de Word</translation>
    </message>
    <message>
        <source>paragraphs {numbers} of the Word file</source>
        <translation>párrafos {numbers} del archivo de Word</translation>
    </message>
    <message>
        <source>paragraphs {numbers} … of the Word file</source>
        <translation>párrafos {numbers} … del archivo de Word</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>General Assembly (plenary)</source>
        <translation>Asamblea General (sesión plenaria)</translation>
    </message>
    <message>
        <source>General Assembly (Main Committee)</source>
        <translation>Asamblea General (Comisión Principal)</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Consejo de Seguridad</translation>
    </message>
    <message>
        <source>Economic and Social Council</source>
        <translation>Consejo Económico y Social</translation>
    </message>
    <message>
        <source>Human Rights Council</source>
        <translation>Consejo de Derechos Humanos</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Ajustar al ancho de la página</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>e.g. Maria Fernández (shown on tracked changes)</source>
        <translation>p. ej. María Fernández (se muestra en el control de cambios)</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervalo del guardado automático en segundos</translation>
    </message>
    <message>
        <source>Default body</source>
        <translation>Órgano predeterminado</translation>
    </message>
    <message>
        <source>Preview zoom</source>
        <translation>Zoom de la vista previa</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nombre del autor:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>&amp;Guardado automático cada:</translation>
    </message>
    <message>
        <source>Default &amp;body:</source>
        <translation>Órgano &amp;predeterminado:</translation>
    </message>
    <message>
        <source>Preview &amp;zoom:</source>
        <translation>&amp;Zoom de la vista previa:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Idioma de la i&amp;nterfaz:</translation>
    </message>
    <message>
        <source>A new interface language shows the next time DraftDesk starts.</source>
        <translation>Un nuevo idioma de la interfaz se aplica la próxima vez que se inicie DraftDesk.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the printed draft</source>
        <translation>Vista previa del proyecto impreso</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit Page Width</source>
        <translation>&amp;Ajustar al ancho de la página</translation>
    </message>
    <message>
        <source>&amp;Two Pages Side by Side</source>
        <translation>&amp;Dos páginas lado a lado</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cannot start painting the pages</source>
        <translation>no se puede empezar a dibujar las páginas</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>SaveToLibraryDialog</name>
    <message>
        <source>Save to Library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
    <message>
        <source>Save this paragraph ({listed}) as a clause.</source>
        <translation>Guardar este párrafo ({listed}) como cláusula.</translation>
    </message>
    <message>
        <source>Save these {count} paragraphs as clauses: {listed}.</source>
        <translation>Guardar estos {count} párrafos como cláusulas: {listed}.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>A library of yours, or a new name</source>
        <translation>Una biblioteca propia o un nombre nuevo</translation>
    </message>
    <message>
        <source>My clauses</source>
        <translation>Mis cláusulas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>e.g. migration, report (commas between tags)</source>
        <translation>p. ej. migración, informe (etiquetas separadas por comas)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why this wording, where it was negotiated…</source>
        <translation>Por qué esta redacción, dónde se negoció…</translation>
    </message>
    <message>
        <source>&amp;Agreed language: record where it was adopted</source>
        <translation>&amp;Lenguaje convenido: indicar dónde se aprobó</translation>
    </message>
    <message>
        <source>Source symbol</source>
        <translation>Signatura de la fuente</translation>
    </message>
    <message>
        <source>e.g. A/RES/73/7</source>
        <translation>p. ej. A/RES/73/7</translation>
    </message>
    <message>
        <source>Source paragraph</source>
        <translation>Párrafo de la fuente</translation>
    </message>
    <message>
        <source>e.g. para. 4</source>
        <translation>p. ej. párr. 4</translation>
    </message>
    <message>
        <source>each paragraph&apos;s own number</source>
        <translation>el número propio de cada párrafo</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Biblioteca:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Source &amp;symbol:</source>
        <translation>&amp;Signatura de la fuente:</translation>
    </message>
    <message>
        <source>Source &amp;paragraph:</source>
        <translation>&amp;Párrafo de la fuente:</translation>
    </message>
    <message>
        <source>A new library “{name}” will be created.</source>
        <translation>Se creará una nueva biblioteca “{name}”.</translation>
    </message>
    <message>
        <source>the library &apos;{name}&apos; comes with DraftDesk and cannot be changed; choose or name a library of your own</source>
        <translation>la biblioteca &apos;{name}&apos; viene con DraftDesk y no se puede modificar; elija o nombre una biblioteca propia</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Nuevo párrafo</translation>
    </message>
    <message>
        <source>New preambular paragraph</source>
        <translation>Nuevo párrafo del preámbulo</translation>
    </message>
    <message>
        <source>New operative paragraph</source>
        <translation>Nuevo párrafo dispositivo</translation>
    </message>
    <message>
        <source>New sub-paragraph</source>
        <translation>Nuevo apartado</translation>
    </message>
    <message>
        <source>New heading</source>
        <translation>Nuevo encabezado</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Dividir párrafo</translation>
    </message>
    <message>
        <source>Paste paragraphs</source>
        <translation>Pegar párrafos</translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation>Eliminar párrafo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumentar sangría</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Reducir sangría</translation>
    </message>
    <message>
        <source>Move paragraph</source>
        <translation>Mover párrafo</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>Insertar cláusula</translation>
    </message>
    <message>
        <source>Change draft details</source>
        <translation>Cambiar los datos del proyecto</translation>
    </message>
    <message>
        <source>Add annex</source>
        <translation>Añadir anexo</translation>
    </message>
    <message>
        <source>Remove annex</source>
        <translation>Quitar anexo</translation>
    </message>
    <message>
        <source>Change annex heading</source>
        <translation>Cambiar el encabezado del anexo</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Añadir parte</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Quitar parte</translation>
    </message>
    <message>
        <source>Change part letter</source>
        <translation>Cambiar la letra de la parte</translation>
    </message>
    <message>
        <source>Insert footnote</source>
        <translation>Insertar nota de pie de página</translation>
    </message>
    <message>
        <source>Cite footnote</source>
        <translation>Citar nota de pie de página</translation>
    </message>
    <message>
        <source>Edit footnote</source>
        <translation>Editar nota de pie de página</translation>
    </message>
    <message>
        <source>Delete footnote</source>
        <translation>Eliminar nota de pie de página</translation>
    </message>
    <message>
        <source>Insert cross-reference</source>
        <translation>Insertar remisión</translation>
    </message>
    <message>
        <source>a deleted paragraph</source>
        <translation>un párrafo eliminado</translation>
    </message>
    <message>
        <source>a heading in the preambular part</source>
        <translation>un encabezado del preámbulo</translation>
    </message>
    <message>
        <source>a heading in the operative part</source>
        <translation>un encabezado de la parte dispositiva</translation>
    </message>
    <message>
        <source>sub-paragraph {label}</source>
        <translation>apartado {label}</translation>
    </message>
    <message>
        <source>preambular paragraph {number}</source>
        <translation>párrafo {number} del preámbulo</translation>
    </message>
    <message>
        <source>operative paragraph {label}</source>
        <translation>párrafo dispositivo {label}</translation>
    </message>
    <message>
        <source>(unnumbered)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <source>{paragraph} of part {letter}</source>
        <translation>{paragraph} de la parte {letter}</translation>
    </message>
    <message>
        <source>a heading in {annex}</source>
        <translation>un encabezado en {annex}</translation>
    </message>
    <message>
        <source>sub-paragraph {label} in {annex}</source>
        <translation>apartado {label} en {annex}</translation>
    </message>
    <message>
        <source>paragraph {label} of {annex}</source>
        <translation>párrafo {label} de {annex}</translation>
    </message>
    <message>
        <source>an unnumbered paragraph of {annex}</source>
        <translation>un párrafo sin número de {annex}</translation>
    </message>
    <message>
        <source>{paragraph} refers to a deleted paragraph (prints as “[deleted paragraph]”).</source>
        <translation>{paragraph} remite a un párrafo eliminado (se imprime “[deleted paragraph]”).</translation>
    </message>
    <message>
        <source>{paragraph} is empty.</source>
        <translation>{paragraph} está vacío.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Which session?</source>
        <translation>¿Qué período de sesiones?</translation>
    </message>
    <message>
        <source>The session line prints in words, as the UN prints it. Up and Down change the number.</source>
        <translation>La línea del período de sesiones se imprime en letras, como la imprimen las Naciones Unidas. Las flechas arriba y abajo cambian el número.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>&amp;Session number:</source>
        <translation>Número del &amp;período de sesiones:</translation>
    </message>
    <message>
        <source>e.g. 27 February–24 March 2017</source>
        <translation>p. ej. 27 February–24 March 2017</translation>
    </message>
    <message>
        <source>Session &amp;dates:</source>
        <translation>&amp;Fechas del período de sesiones:</translation>
    </message>
    <message>
        <source>Prints as:</source>
        <translation>Se imprime:</translation>
    </message>
    <message>
        <source>&amp;Year of the session:</source>
        <translation>&amp;Año del período de sesiones:</translation>
    </message>
    <message>
        <source>Emergency special &amp;session:</source>
        <translation>Período extraordinario de &amp;sesiones de emergencia:</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>El año debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>The session number must be between {low} and {high}.</source>
        <translation>El número del período de sesiones debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Dates print with an en dash: 27 February–24 March 2017.</source>
        <translation>Las fechas se imprimen con una raya corta: 27 February–24 March 2017.</translation>
    </message>
</context>
<context>
    <name>SponsorsPage</name>
    <message>
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <source>Pick the sponsoring States; the line prints them in UN order, observer States last.</source>
        <translation>Elija los Estados patrocinadores; la línea los imprime en el orden de las Naciones Unidas, con los Estados observadores al final.</translation>
    </message>
    <message>
        <source>Sponsored by &amp;States</source>
        <translation>Patrocinado por &amp;Estados</translation>
    </message>
    <message>
        <source>Submitted by an &amp;officer:</source>
        <translation>Presentado por un &amp;miembro de la Mesa:</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. Ecu, then Enter</source>
        <translation>Escriba parte de un nombre, p. ej. Ecu, y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Find a State:</source>
        <translation>&amp;Buscar un Estado:</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Sponsors, in &amp;UN order:</source>
        <translation>Patrocinadores, en el &amp;orden de las Naciones Unidas:</translation>
    </message>
    <message>
        <source>&amp;Add ›</source>
        <translation>&amp;Añadir ›</translation>
    </message>
    <message>
        <source>‹ &amp;Remove</source>
        <translation>‹ &amp;Quitar</translation>
    </message>
    <message>
        <source>Prints as:</source>
        <translation>Se imprime:</translation>
    </message>
    <message>
        <source>{name}  (observer State)</source>
        <translation>{name}  (Estado observador)</translation>
    </message>
    <message>
        <source>Not on the list of Member and observer States: {names}. Remove it or pick the UN short name.</source>
        <translation>No figura en la lista de Estados Miembros y observadores: {names}. Quítelo o elija el nombre corto de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Not on the list of Member and observer States: {names}. Remove them or pick the UN short names.</source>
        <translation>No figuran en la lista de Estados Miembros y observadores: {names}. Quítelos o elija los nombres cortos de las Naciones Unidas.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>DraftDesk</source>
        <translation>DraftDesk</translation>
    </message>
    <message>
        <source>Compose a United Nations draft resolution (preamble, operative paragraphs, sub-paragraphs and footnotes) and export it as a Word document laid out like an L-document. Numbering, punctuation and the session and sponsors lines follow from what you write.</source>
        <translation>Redacte un proyecto de resolución de las Naciones Unidas (preámbulo, párrafos dispositivos, apartados y notas de pie de página) y expórtelo como documento de Word con la presentación de un documento L. La numeración, la puntuación y las líneas del período de sesiones y de los patrocinadores se derivan de lo que escribe.</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>A short guided form: body, session, agenda item, sponsors, title and symbol.</source>
        <translation>Un breve formulario guiado: órgano, período de sesiones, tema del programa, patrocinadores, título y signatura.</translation>
    </message>
    <message>
        <source>New draft from an &amp;adopted resolution…</source>
        <translation>Nuevo proyecto a partir de una resolución a&amp;probada…</translation>
    </message>
    <message>
        <source>Start next session&apos;s draft from last year&apos;s A/RES (PDF, Word or text).</source>
        <translation>Empezar el proyecto del próximo período de sesiones a partir de la A/RES del año pasado (PDF, Word o texto).</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Continue a DraftDesk draft, or read an official PDF, a Word file or a text.</source>
        <translation>Continuar un proyecto de DraftDesk, o leer un PDF oficial, un archivo de Word o un texto.</translation>
    </message>
    <message>
        <source>&amp;Import text…</source>
        <translation>&amp;Importar texto…</translation>
    </message>
    <message>
        <source>Paste the text of a draft or read a text file; paragraphs are recognized.</source>
        <translation>Pegue el texto de un proyecto o lea un archivo de texto; se reconocen los párrafos.</translation>
    </message>
    <message>
        <source>Open the e&amp;xample (2007 Ecuador–Mexico draft)</source>
        <translation>Abrir el e&amp;jemplo (proyecto del Ecuador y México, 2007)</translation>
    </message>
    <message>
        <source>The General Assembly draft on the Global Forum on Migration and Development.</source>
        <translation>El proyecto de la Asamblea General sobre el Foro Mundial sobre la Migración y el Desarrollo.</translation>
    </message>
    <message>
        <source>&amp;Recent drafts</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>No recent drafts yet. Drafts you save or open appear here.</source>
        <translation>Todavía no hay proyectos recientes. Aquí aparecen los proyectos que guarde o abra.</translation>
    </message>
    <message>
        <source>{name}  (not found)</source>
        <translation>{name}  (no encontrado)</translation>
    </message>
    <message>
        <source>{path} — the file is no longer there</source>
        <translation>{path} — el archivo ya no está allí</translation>
    </message>
</context>
<context>
    <name>SymbolCheck</name>
    <message>
        <source>symbol {symbol} does not fit a Security Council draft such as S/2022/443</source>
        <translation>la signatura {symbol} no corresponde a un proyecto del Consejo de Seguridad como S/2022/443</translation>
    </message>
    <message>
        <source>symbol {symbol} is not a draft symbol such as A/62/L.25 or A/C.2/80/L.30</source>
        <translation>la signatura {symbol} no es la de un proyecto, como A/62/L.25 o A/C.2/80/L.30</translation>
    </message>
    <message>
        <source>symbol {symbol} should start with {organ}/ for this body</source>
        <translation>la signatura {symbol} debería empezar por {organ}/ para este órgano</translation>
    </message>
    <message>
        <source>symbol {symbol} should read A/{want}/… for the {want} committee</source>
        <translation>la signatura {symbol} debería ser A/{want}/… para la comisión {want}</translation>
    </message>
    <message>
        <source>symbol {symbol} should read A/HRC/… for the Human Rights Council</source>
        <translation>la signatura {symbol} debería ser A/HRC/… para el Consejo de Derechos Humanos</translation>
    </message>
    <message>
        <source>symbol {symbol} names a subsidiary body; this draft is for the plenary</source>
        <translation>la signatura {symbol} corresponde a un órgano subsidiario; este proyecto es para el plenario</translation>
    </message>
    <message>
        <source>symbol {symbol} should carry the emergency session, as in A/ES-10/L.25</source>
        <translation>la signatura {symbol} debería indicar el período extraordinario de sesiones de emergencia, como A/ES-10/L.25</translation>
    </message>
    <message>
        <source>symbol {symbol} names session {found}, not {session}</source>
        <translation>la signatura {symbol} indica el período de sesiones {found}, no el {session}</translation>
    </message>
</context>
<context>
    <name>SymbolPage</name>
    <message>
        <source>Symbol, language and date</source>
        <translation>Signatura, idioma y fecha</translation>
    </message>
    <message>
        <source>The Secretariat assigns the symbol; leave it empty until you know it. A symbol that does not fit the body is flagged, not refused.</source>
        <translation>La Secretaría asigna la signatura; déjela en blanco hasta conocerla. Una signatura que no corresponde al órgano se señala, pero no se rechaza.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <source>Original &amp;language:</source>
        <translation>&amp;Idioma original:</translation>
    </message>
</context>
<context>
    <name>TemplateErrors</name>
    <message>
        <source>{where}: more than {limit} footnotes</source>
        <translation>{where}: más de {limit} notas de pie de página</translation>
    </message>
    <message>
        <source>{where}: a footnote is not closed with &apos;]]&apos;</source>
        <translation>{where}: una nota de pie de página no se cierra con «]]»</translation>
    </message>
    <message>
        <source>{where}: the clause is empty</source>
        <translation>{where}: la cláusula está vacía</translation>
    </message>
    <message>
        <source>{where}: a footnote is empty</source>
        <translation>{where}: una nota de pie de página está vacía</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>cláusula</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{problem} (line {line})</source>
        <translation>{problem} (línea {line})</translation>
    </message>
    <message>
        <source>a session number is needed</source>
        <translation>se necesita un número de período de sesiones</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is not a number from 1 to 999</source>
        <translation>{value} no es un número del 1 al 999</translation>
    </message>
    <message>
        <source>{value} is not a date (use 2007-11-30)</source>
        <translation>{value} no es una fecha (escriba 2007-11-30)</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} no es una fecha</translation>
    </message>
    <message>
        <source>join_and takes &apos;and&apos; or &apos;or&apos;</source>
        <translation>join_and admite «and» u «or»</translation>
    </message>
    <message>
        <source>{value} is not a list</source>
        <translation>{value} no es una lista</translation>
    </message>
    <message>
        <source>attribute and item access are not allowed</source>
        <translation>no se permite el acceso a atributos ni a elementos</translation>
    </message>
    <message>
        <source>calls are not allowed</source>
        <translation>no se permiten llamadas</translation>
    </message>
    <message>
        <source>loops are not allowed</source>
        <translation>no se permiten bucles</translation>
    </message>
    <message>
        <source>conditions are not allowed</source>
        <translation>no se permiten condiciones</translation>
    </message>
    <message>
        <source>arithmetic and comparisons are not allowed</source>
        <translation>no se permiten operaciones aritméticas ni comparaciones</translation>
    </message>
    <message>
        <source>assignments are not allowed</source>
        <translation>no se permiten asignaciones</translation>
    </message>
    <message>
        <source>macros are not allowed</source>
        <translation>no se permiten macros</translation>
    </message>
    <message>
        <source>including other templates is not allowed</source>
        <translation>no se permite incluir otras plantillas</translation>
    </message>
    <message>
        <source>blocks are not allowed</source>
        <translation>no se permiten bloques</translation>
    </message>
    <message>
        <source>tests are not allowed</source>
        <translation>no se permiten pruebas</translation>
    </message>
    <message>
        <source>literal lists and dictionaries are not allowed</source>
        <translation>no se permiten listas ni diccionarios literales</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not allowed</source>
        <translation>no se permite «{name}»</translation>
    </message>
    <message>
        <source>unknown filter &apos;{name}&apos; (line {line})</source>
        <translation>filtro desconocido «{name}» (línea {line})</translation>
    </message>
    <message>
        <source>filter &apos;{name}&apos; takes no keywords (line {line})</source>
        <translation>el filtro «{name}» no admite argumentos con nombre (línea {line})</translation>
    </message>
    <message>
        <source>too many arguments to &apos;{name}&apos; (line {line})</source>
        <translation>demasiados argumentos para «{name}» (línea {line})</translation>
    </message>
    <message>
        <source>filter arguments must be plain words or numbers (line {line})</source>
        <translation>los argumentos de un filtro deben ser palabras o números simples (línea {line})</translation>
    </message>
    <message>
        <source>filter argument too long (line {line})</source>
        <translation>argumento de filtro demasiado largo (línea {line})</translation>
    </message>
    <message>
        <source>filter blocks are not allowed (line {line})</source>
        <translation>no se permiten bloques de filtro (línea {line})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a field name (line {line})</source>
        <translation>«{name}» no puede usarse como nombre de campo (línea {line})</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>the template is too complex</source>
        <translation>la plantilla es demasiado compleja</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>más de {limit} campos</translation>
    </message>
    <message>
        <source>{tag} blocks are not allowed (line {line})</source>
        <translation>no se permiten bloques {tag} (línea {line})</translation>
    </message>
    <message>
        <source>brackets nest more than {limit} deep (line {line})</source>
        <translation>los paréntesis o corchetes se anidan en más de {limit} niveles (línea {line})</translation>
    </message>
    <message>
        <source>more than {limit} filters on one field (line {line})</source>
        <translation>más de {limit} filtros en un campo (línea {line})</translation>
    </message>
    <message>
        <source>{where}: the text must be a string</source>
        <translation>{where}: el texto debe ser una cadena de caracteres</translation>
    </message>
    <message>
        <source>{where}: the text is {length} characters long (at most {limit} allowed)</source>
        <translation>{where}: el texto tiene {length} caracteres (se permiten {limit} como máximo)</translation>
    </message>
    <message>
        <source>{where}: the value of &apos;{name}&apos; is too long</source>
        <translation>{where}: el valor de «{name}» es demasiado largo</translation>
    </message>
    <message>
        <source>{where}: no value for field &apos;{name}&apos;</source>
        <translation>{where}: falta el valor del campo «{name}»</translation>
    </message>
    <message>
        <source>{where}: the rendered text is too long</source>
        <translation>{where}: el texto resultante es demasiado largo</translation>
    </message>
</context>
<context>
    <name>TitlePage</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The title prints in bold above the opening formula, without a full stop.</source>
        <translation>El título se imprime en negrita encima de la fórmula de apertura, sin punto final.</translation>
    </message>
    <message>
        <source>e.g. Global Forum on Migration and Development</source>
        <translation>p. ej. Foro Mundial sobre la Migración y el Desarrollo</translation>
    </message>
    <message>
        <source>Title of the draft resolution</source>
        <translation>Título del proyecto de resolución</translation>
    </message>
    <message>
        <source>&amp;Title of the draft resolution:</source>
        <translation>&amp;Título del proyecto de resolución:</translation>
    </message>
    <message>
        <source>A draft resolution of this body needs a title.</source>
        <translation>Un proyecto de resolución de este órgano necesita un título.</translation>
    </message>
    <message>
        <source>A title takes no final full stop.</source>
        <translation>Un título no lleva punto final.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>DraftDesk User Guide</source>
        <translation>Guía del usuario de DraftDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message>
        <source>Drafts and texts (*.draftdesk *.txt);;All files (*)</source>
        <translation>Proyectos y textos (*.draftdesk *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Base text: {name}</source>
        <translation>Texto de base: {name}</translation>
    </message>
</context>
<context>
    <name>VersionErrors</name>
    <message>
        <source>the draft has no base text</source>
        <translation>el borrador no tiene texto de base</translation>
    </message>
    <message>
        <source>a version needs a name</source>
        <translation>una versión necesita un nombre</translation>
    </message>
    <message>
        <source>a version name has at most {limit} characters</source>
        <translation>el nombre de una versión tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>ninguna guardada</translation>
    </message>
    <message>
        <source>no version named {name} (versions: {known})</source>
        <translation>no hay ninguna versión llamada {name} (versiones: {known})</translation>
    </message>
    <message>
        <source>a version named {name} already exists; choose another name</source>
        <translation>ya existe una versión llamada {name}; elija otro nombre</translation>
    </message>
    <message>
        <source>{source}: not a resolution</source>
        <translation>{source}: no es una resolución</translation>
    </message>
    <message>
        <source>{source}: has no preambular or operative paragraphs; not a resolution text</source>
        <translation>{source}: no tiene párrafos del preámbulo ni de la parte dispositiva; no es el texto de una resolución</translation>
    </message>
    <message>
        <source>the base text</source>
        <translation>el texto de base</translation>
    </message>
</context>
<context>
    <name>VersionsActions</name>
    <message>
        <source>&amp;Restore Version</source>
        <translation>Res&amp;tablecer versión</translation>
    </message>
    <message>
        <source>Zero draft</source>
        <translation>Borrador cero</translation>
    </message>
    <message>
        <source>Reading {number}</source>
        <translation>Lectura {number}</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <source>Name of this version (for example “First reading”):</source>
        <translation>Nombre de esta versión (por ejemplo “Primera lectura”):</translation>
    </message>
    <message>
        <source>Cannot save the version</source>
        <translation>No se puede guardar la versión</translation>
    </message>
    <message>
        <source>Save Version “{name}”</source>
        <translation>Guardar la versión “{name}”</translation>
    </message>
    <message>
        <source>Saved version “{name}”</source>
        <translation>Se guardó la versión “{name}”</translation>
    </message>
    <message>
        <source>No saved versions</source>
        <translation>No hay versiones guardadas</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>No se puede restablecer la versión</translation>
    </message>
    <message>
        <source>Restore Version “{name}”</source>
        <translation>Restablecer la versión “{name}”</translation>
    </message>
    <message>
        <source>Cannot delete the version</source>
        <translation>No se puede eliminar la versión</translation>
    </message>
    <message>
        <source>Delete Version “{name}”</source>
        <translation>Eliminar la versión “{name}”</translation>
    </message>
    <message>
        <source>Base Text</source>
        <translation>Texto de base</translation>
    </message>
    <message>
        <source>Cannot use this base text</source>
        <translation>No se puede usar este texto de base</translation>
    </message>
    <message>
        <source>Set Base Text</source>
        <translation>Elegir el texto de base</translation>
    </message>
    <message>
        <source>Remove Base Text</source>
        <translation>Quitar el texto de base</translation>
    </message>
    <message>
        <source>Save a version or set a base text first: there is nothing to compare with.</source>
        <translation>Guarde primero una versión o elija un texto de base: no hay nada con que comparar.</translation>
    </message>
    <message>
        <source>Preview: 1 paragraph marked against {text}</source>
        <translation>Vista previa: 1 párrafo marcado respecto de {text}</translation>
    </message>
    <message>
        <source>Preview: {count} paragraphs marked against {text}</source>
        <translation>Vista previa: {count} párrafos marcados respecto de {text}</translation>
    </message>
    <message>
        <source>Export with Changes</source>
        <translation>Exportar con los cambios</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported {path} with the changes tracked</source>
        <translation>Se exportó {path} con el control de cambios</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Double-click to compare a version with the current text</source>
        <translation>Haga doble clic para comparar una versión con el texto actual</translation>
    </message>
    <message>
        <source>No versions yet. Save one before each reading (File ▸ Save Version…).</source>
        <translation>Todavía no hay versiones. Guarde una antes de cada lectura (Archivo ▸ Guardar versión…).</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Guardar versión…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Elegir el texto de &amp;base…</translation>
    </message>
    <message>
        <source>Mark in &amp;Preview</source>
        <translation>Marcar en la &amp;vista previa</translation>
    </message>
    <message>
        <source>Change bars in the preview beside the paragraphs changed since the selected text</source>
        <translation>Barras de cambio en la vista previa junto a los párrafos modificados desde el texto seleccionado</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restablecer versión</translation>
    </message>
    <message>
        <source>Replace the current text by the version “{name}”? (Edit ▸ Undo brings it back.)</source>
        <translation>¿Reemplazar el texto actual por la versión “{name}”? (Edición ▸ Deshacer lo recupera.)</translation>
    </message>
</context>
<context>
    <name>_AgendaRow</name>
    <message>
        <source>Agenda item number</source>
        <translation>Número del tema del programa</translation>
    </message>
    <message>
        <source>Optional: b for Agenda item 70 (b)</source>
        <translation>Opcional: b para el tema 70 b) del programa</translation>
    </message>
    <message>
        <source>Sub-item letter (optional)</source>
        <translation>Letra del subtema (opcional)</translation>
    </message>
    <message>
        <source>e.g. Follow-up to the outcome of the Millennium Summit</source>
        <translation>p. ej. Seguimiento de los resultados de la Cumbre del Milenio</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Título del tema del programa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this agenda item</source>
        <translation>Quitar este tema del programa</translation>
    </message>
</context>
</TS>
