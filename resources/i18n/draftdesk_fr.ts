<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Draft…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Start a new draft resolution</source>
        <translation>Commencer un nouveau projet de résolution</translation>
    </message>
    <message>
        <source>New Draft from &amp;Adopted Resolution…</source>
        <translation>Nouveau pro&amp;jet à partir d’une résolution adoptée…</translation>
    </message>
    <message>
        <source>Start next session&apos;s draft from last year&apos;s adopted resolution (A/RES)</source>
        <translation>Commencer le projet de la prochaine session à partir de la résolution adoptée l’année dernière (A/RES)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a draft, or read an official PDF, a Word file or a text</source>
        <translation>Ouvrir un projet, ou lire un PDF officiel, un fichier Word ou un texte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the draft under another name</source>
        <translation>Enregistrer le projet sous un autre nom</translation>
    </message>
    <message>
        <source>Draft &amp;Details…</source>
        <translation>&amp;Détails du projet…</translation>
    </message>
    <message>
        <source>Title, sponsors, symbol, session, agenda item, date and language</source>
        <translation>Titre, auteurs, cote, session, point de l’ordre du jour, date et langue</translation>
    </message>
    <message>
        <source>&amp;Import Text File…</source>
        <translation>Importer un fic&amp;hier texte…</translation>
    </message>
    <message>
        <source>Read a draft from a plain-text file</source>
        <translation>Lire un projet dans un fichier texte brut</translation>
    </message>
    <message>
        <source>Import &amp;Pasted Text…</source>
        <translation>Importer du texte &amp;collé…</translation>
    </message>
    <message>
        <source>Read a draft from text pasted from an e-mail or a document</source>
        <translation>Lire un projet dans un texte collé depuis un courriel ou un document</translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>E&amp;xporter vers Word…</translation>
    </message>
    <message>
        <source>Write the draft as a UN-format Word document</source>
        <translation>Écrire le projet en document Word au format de l’ONU</translation>
    </message>
    <message>
        <source>Export with &amp;Changes Against…</source>
        <translation>Exporter avec les modifications par r&amp;apport à…</translation>
    </message>
    <message>
        <source>Write the Word document with every change from the base text or a version tracked, as the Secretariat asks</source>
        <translation>Écrire le document Word avec le suivi de chaque modification par rapport au texte de base ou à une version, comme le demande le Secrétariat</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>Keep the current text as a named version (zero draft, first reading, L.12)</source>
        <translation>Conserver le texte actuel comme version nommée (avant-projet, première lecture, L.12)</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <source>Compare the text with its base text, a saved version or another file</source>
        <translation>Comparer le texte avec son texte de base, une version enregistrée ou un autre fichier</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Choisir le texte de &amp;base…</translation>
    </message>
    <message>
        <source>Choose the resolution or issued draft this text is compared with</source>
        <translation>Choisir la résolution ou le projet publié avec lequel ce texte est comparé</translation>
    </message>
    <message>
        <source>Export to PD&amp;F…</source>
        <translation>Exporter en PD&amp;F…</translation>
    </message>
    <message>
        <source>Write the pages the preview shows as a PDF file</source>
        <translation>Écrire en fichier PDF les pages que montre l’aperçu</translation>
    </message>
    <message>
        <source>Export Submission Ma&amp;nuscript…</source>
        <translation>Exporter le man&amp;uscrit à soumettre…</translation>
    </message>
    <message>
        <source>Write the draft as the Word manuscript the Secretariat asks for: plain 12 pt, double spacing, no masthead</source>
        <translation>Écrire le projet comme le manuscrit Word que demande le Secrétariat&#xa0;: texte simple en 12 pt, double interligne, sans en-tête</translation>
    </message>
    <message>
        <source>Export as Plain &amp;Text…</source>
        <translation>Ex&amp;porter en texte brut…</translation>
    </message>
    <message>
        <source>Write the draft as plain text for e-mail and portals, one paragraph a line</source>
        <translation>Écrire le projet en texte brut pour les courriels et les portails, un paragraphe par ligne</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the pages the preview shows</source>
        <translation>Imprimer les pages que montre l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Close Draft</source>
        <translation>Fermer &amp;le projet</translation>
    </message>
    <message>
        <source>Close the draft and return to the start page</source>
        <translation>Fermer le projet et revenir à la page d’accueil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave DraftDesk</source>
        <translation>Quitter DraftDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <source>Cut the selected text</source>
        <translation>Couper le texte sélectionné</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste into the text field</source>
        <translation>Coller dans le champ de texte</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select all the text of the field</source>
        <translation>Sélectionner tout le texte du champ</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>Italicize the selected words (titles of publications, Latin terms)</source>
        <translation>Mettre en italique les mots sélectionnés (titres de publications, termes latins)</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Up</source>
        <translation>&amp;Monter le paragraphe</translation>
    </message>
    <message>
        <source>Move before the previous paragraph</source>
        <translation>Placer avant le paragraphe précédent</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Down</source>
        <translation>&amp;Descendre le paragraphe</translation>
    </message>
    <message>
        <source>Move after the next paragraph</source>
        <translation>Placer après le paragraphe suivant</translation>
    </message>
    <message>
        <source>&amp;Indent (Make Sub-paragraph)</source>
        <translation>Au&amp;gmenter le retrait (en faire un alinéa)</translation>
    </message>
    <message>
        <source>Make it a sub-paragraph of the paragraph above (Tab in the outline)</source>
        <translation>En faire un alinéa du paragraphe ci-dessus (Tab dans le plan)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Réd&amp;uire le retrait</translation>
    </message>
    <message>
        <source>Lift a sub-paragraph one level (Shift+Tab in the outline)</source>
        <translation>Remonter un alinéa d’un niveau (Maj+Tab dans le plan)</translation>
    </message>
    <message>
        <source>De&amp;lete Paragraph</source>
        <translation>Supprimer &amp;le paragraphe</translation>
    </message>
    <message>
        <source>Delete the paragraph and its sub-paragraphs (Delete in the outline)</source>
        <translation>Supprimer le paragraphe et ses alinéas (Suppr dans le plan)</translation>
    </message>
    <message>
        <source>Remove A&amp;nnex</source>
        <translation>Retirer l’a&amp;nnexe</translation>
    </message>
    <message>
        <source>Remove the selected annex, or the one the current paragraph is in, with its paragraphs</source>
        <translation>Retirer l’annexe sélectionnée, ou celle où se trouve le paragraphe courant, avec ses paragraphes</translation>
    </message>
    <message>
        <source>Re&amp;move Part</source>
        <translation>R&amp;etirer la partie</translation>
    </message>
    <message>
        <source>Remove the selected part of a text in parts, or the one the current paragraph is in, with its paragraphs</source>
        <translation>Retirer la partie sélectionnée d’un texte en plusieurs parties, ou celle où se trouve le paragraphe courant, avec ses paragraphes</translation>
    </message>
    <message>
        <source>&amp;Preambular Paragraph</source>
        <translation>Alinéa du &amp;préambule</translation>
    </message>
    <message>
        <source>Add a preambular paragraph after the current one</source>
        <translation>Ajouter un alinéa du préambule après l’alinéa courant</translation>
    </message>
    <message>
        <source>&amp;Operative Paragraph</source>
        <translation>Paragraphe du &amp;dispositif</translation>
    </message>
    <message>
        <source>Add an operative paragraph after the current one</source>
        <translation>Ajouter un paragraphe du dispositif après le paragraphe courant</translation>
    </message>
    <message>
        <source>&amp;Sub-paragraph</source>
        <translation>&amp;Alinéa</translation>
    </message>
    <message>
        <source>Add a sub-paragraph under the current paragraph</source>
        <translation>Ajouter un alinéa au paragraphe courant</translation>
    </message>
    <message>
        <source>Section &amp;Heading</source>
        <translation>&amp;Intertitre</translation>
    </message>
    <message>
        <source>Add a section heading in the operative part</source>
        <translation>Ajouter un intertitre dans le dispositif</translation>
    </message>
    <message>
        <source>&amp;Annex</source>
        <translation>Ann&amp;exe</translation>
    </message>
    <message>
        <source>Add an annex after the resolution, with its heading, title and paragraphs numbered afresh</source>
        <translation>Ajouter une annexe après la résolution, avec son intitulé, son titre et ses paragraphes numérotés à nouveau</translation>
    </message>
    <message>
        <source>Pa&amp;rt</source>
        <translation>Partie &amp;suivante</translation>
    </message>
    <message>
        <source>Add a part (B, C …) with its own formula and paragraphs numbered afresh; a text in one part becomes part A</source>
        <translation>Ajouter une partie (B, C…) avec sa propre formule et ses paragraphes numérotés à nouveau&#xa0;; un texte d’une seule partie devient la partie A</translation>
    </message>
    <message>
        <source>&amp;Footnote</source>
        <translation>&amp;Note de bas de page</translation>
    </message>
    <message>
        <source>Insert a footnote at the cursor</source>
        <translation>Insérer une note de bas de page au curseur</translation>
    </message>
    <message>
        <source>Cite Existing Foot&amp;note…</source>
        <translation>Citer une no&amp;te existante…</translation>
    </message>
    <message>
        <source>Refer again to a footnote already in the draft</source>
        <translation>Renvoyer de nouveau à une note de bas de page déjà présente dans le projet</translation>
    </message>
    <message>
        <source>&amp;Cross-reference…</source>
        <translation>&amp;Renvoi…</translation>
    </message>
    <message>
        <source>Refer to another paragraph; the number follows renumbering</source>
        <translation>Renvoyer à un autre paragraphe&#xa0;; le numéro suit la renumérotation</translation>
    </message>
    <message>
        <source>Clause from &amp;Library…</source>
        <translation>Clause de la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Search the clause libraries for agreed language and insert it</source>
        <translation>Chercher un libellé convenu dans les bibliothèques de clauses et l’insérer</translation>
    </message>
    <message>
        <source>Save to Li&amp;brary…</source>
        <translation>Enregistrer dans la bib&amp;liothèque…</translation>
    </message>
    <message>
        <source>Save the selected paragraphs as clauses, with tags, a note and their source</source>
        <translation>Enregistrer les paragraphes sélectionnés comme clauses, avec des mots-clés, une note et leur source</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Aller au &amp;plan</translation>
    </message>
    <message>
        <source>Move the focus to the outline</source>
        <translation>Placer le focus sur le plan</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Aller à l’é&amp;diteur</translation>
    </message>
    <message>
        <source>Move the focus to the text</source>
        <translation>Placer le focus sur le texte</translation>
    </message>
    <message>
        <source>Refresh &amp;Preview</source>
        <translation>Act&amp;ualiser l’aperçu</translation>
    </message>
    <message>
        <source>Rebuild the preview now</source>
        <translation>Recomposer l’aperçu maintenant</translation>
    </message>
    <message>
        <source>Show &amp;Changes in Preview</source>
        <translation>Afficher les &amp;modifications dans l’aperçu</translation>
    </message>
    <message>
        <source>Mark the paragraphs changed since the base text or a version with change bars</source>
        <translation>Marquer d’une barre de modification les paragraphes modifiés depuis le texte de base ou une version</translation>
    </message>
    <message>
        <source>&amp;About DraftDesk</source>
        <translation>À &amp;propos de DraftDesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to write, import and export a draft</source>
        <translation>Comment rédiger, importer et exporter un projet</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Your name for tracked changes, autosave, default body, preview zoom</source>
        <translation>Votre nom pour le suivi des modifications, enregistrement automatique, organe par défaut, zoom de l’aperçu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>The number, a sub-item letter if any, and the item&apos;s title as the agenda words it. A draft may fall under several items.</source>
        <translation>Le numéro, la lettre du point subsidiaire le cas échéant, et l’intitulé du point tel que l’ordre du jour le libelle. Un projet peut relever de plusieurs points.</translation>
    </message>
    <message>
        <source>It&amp;em</source>
        <translation>P&amp;oint</translation>
    </message>
    <message>
        <source>Sub-item &amp;letter</source>
        <translation>&amp;Lettre du point subsidiaire</translation>
    </message>
    <message>
        <source>&amp;Title of the item</source>
        <translation>&amp;Intitulé du point</translation>
    </message>
    <message>
        <source>&amp;Add another agenda item</source>
        <translation>&amp;Ajouter un autre point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item {index} needs its number.</source>
        <translation>Le point {index} de l’ordre du jour doit avoir un numéro.</translation>
    </message>
    <message>
        <source>Agenda item {label} is listed twice.</source>
        <translation>Le point {label} de l’ordre du jour figure deux fois.</translation>
    </message>
</context>
<context>
    <name>AnnexActions</name>
    <message>
        <source>{annex} added: type its title, then Enter to write its first paragraph.</source>
        <translation>{annex} ajoutée&#xa0;: tapez son titre, puis Entrée pour rédiger son premier paragraphe.</translation>
    </message>
    <message>
        <source>Select an annex or one of its paragraphs first.</source>
        <translation>Sélectionnez d’abord une annexe ou l’un de ses paragraphes.</translation>
    </message>
    <message>
        <source>{annex} removed; Undo brings it back.</source>
        <translation>{annex} retirée&#xa0;; Annuler la rétablit.</translation>
    </message>
</context>
<context>
    <name>AnnexForm</name>
    <message>
        <source>Annex heading</source>
        <translation>Intitulé de l’annexe</translation>
    </message>
    <message>
        <source>Annex, or Annex II when there are several</source>
        <translation>Annexe, ou Annexe II lorsqu’il y en a plusieurs</translation>
    </message>
    <message>
        <source>Annex title</source>
        <translation>Titre de l’annexe</translation>
    </message>
    <message>
        <source>e.g. Programme of action</source>
        <translation>p. ex. Programme d’action</translation>
    </message>
    <message>
        <source>The heading prints in the draft&apos;s language; its paragraphs are numbered afresh in the annex. Select a paragraph under the annex in the outline to edit it.</source>
        <translation>L’intitulé s’imprime dans la langue du projet&#xa0;; ses paragraphes sont numérotés à nouveau dans l’annexe. Sélectionnez un paragraphe sous l’annexe dans le plan pour le modifier.</translation>
    </message>
    <message>
        <source>Add &amp;Paragraph to Annex</source>
        <translation>Ajouter un &amp;paragraphe à l’annexe</translation>
    </message>
    <message>
        <source>&amp;Remove Annex</source>
        <translation>&amp;Retirer l’annexe</translation>
    </message>
    <message>
        <source>Remove the annex and its paragraphs (Undo brings them back)</source>
        <translation>Retirer l’annexe et ses paragraphes (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>I&amp;ntitulé&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>No annex selected</source>
        <translation>Aucune annexe sélectionnée</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>Where will the draft be tabled?</source>
        <translation>Où le projet sera-t-il présenté&#xa0;?</translation>
    </message>
    <message>
        <source>The body decides the symbol, the session line and the opening formula.</source>
        <translation>L’organe détermine la cote, la ligne de la session et la formule d’introduction.</translation>
    </message>
    <message>
        <source>&amp;Language of the draft:</source>
        <translation>&amp;Langue du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Main Committee</source>
        <translation>Grande Commission</translation>
    </message>
</context>
<context>
    <name>ChangesExportDialog</name>
    <message>
        <source>Export with Changes</source>
        <translation>Exporter avec les modifications</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Delegation of …</source>
        <translation>Délégation de …</translation>
    </message>
    <message>
        <source>Submission &amp;manuscript (plain Word, 12 pt, double spacing)</source>
        <translation>&amp;Manuscrit à soumettre (Word simple, 12 pt, double interligne)</translation>
    </message>
    <message>
        <source>Show the changes &amp;against:</source>
        <translation>Afficher les modifications &amp;par rapport à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author of the changes:</source>
        <translation>&amp;Auteur des modifications&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Changes against</source>
        <translation>Modifications par rapport à</translation>
    </message>
</context>
<context>
    <name>CiteFootnoteDialog</name>
    <message>
        <source>Cite an existing footnote</source>
        <translation>Citer une note de bas de page existante</translation>
    </message>
    <message>
        <source>&amp;Which footnote?</source>
        <translation>&amp;Quelle note de bas de page&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ClauseEditDialog</name>
    <message>
        <source>Edit Clause</source>
        <translation>Modifier la clause</translation>
    </message>
    <message>
        <source>Clause “{key}” in library “{library}”, version {version}. Saving a changed text makes version {next}; drafts keep the wording they already have.</source>
        <translation>Clause «&#xa0;{key}&#xa0;» de la bibliothèque «&#xa0;{library}&#xa0;», version {version}. Enregistrer un texte modifié crée la version {next}&#xa0;; les projets gardent le libellé qu’ils ont déjà.</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>Texte de la clause</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Version {version} — {date}</translation>
    </message>
    <message>
        <source>Use &amp;This Text</source>
        <translation>Utiliser &amp;ce texte</translation>
    </message>
    <message>
        <source>Copy this version&apos;s text into the editor above</source>
        <translation>Copier le texte de cette version dans l’éditeur ci-dessus</translation>
    </message>
    <message>
        <source>Fields are written {{ name }}, e.g. {{ session | ordinal_words }}; *italics*; footnotes [[fn: text]].</source>
        <translation>Les champs s’écrivent {{ name }}, p. ex. {{ session | ordinal_words }}&#xa0;; *italique*&#xa0;; notes de bas de page [[fn: texte]].</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Cover</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>(moved to {label})</source>
        <translation>(déplacé vers {label})</translation>
    </message>
    <message>
        <source>(moved below)</source>
        <translation>(déplacé plus bas)</translation>
    </message>
    <message>
        <source>(moved from {label})</source>
        <translation>(déplacé depuis {label})</translation>
    </message>
    <message>
        <source>(moved from above)</source>
        <translation>(déplacé depuis plus haut)</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (dérivé)</translation>
    </message>
    <message>
        <source>+ {place} added{derived}: {text}</source>
        <translation>+ {place} ajouté{derived}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>- {place} deleted{derived}: {text}</source>
        <translation>- {place} supprimé{derived}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>&gt; {place} moved from {old_place}{derived}</source>
        <translation>&gt; {place} déplacé (auparavant {old_place}){derived}</translation>
    </message>
    <message>
        <source>&gt; {place} moved from {old_place}{derived}: {words}</source>
        <translation>&gt; {place} déplacé (auparavant {old_place}){derived}&#xa0;: {words}</translation>
    </message>
    <message>
        <source>~ {place} changed{derived}: {words}</source>
        <translation>~ {place} modifié{derived}&#xa0;: {words}</translation>
    </message>
    <message>
        <source>+ {note} added{derived}: {text}</source>
        <translation>+ {note} ajoutée{derived}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>- {note} removed{derived}: {text}</source>
        <translation>- {note} supprimée{derived}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>~ {note} footnote edited{derived}: {words}</source>
        <translation>~ {note} modifiée{derived}&#xa0;: {words}</translation>
    </message>
    <message>
        <source>~ {field} changed{derived}: {words}</source>
        <translation>~ {field} (modification){derived}&#xa0;: {words}</translation>
    </message>
    <message>
        <source># {place}: was {old_place}{derived}</source>
        <translation># {place}&#xa0;: auparavant {old_place}{derived}</translation>
    </message>
    <message>
        <source>~ {place} ending{derived}: {words}</source>
        <translation>~ {place}&#xa0;: ponctuation finale{derived}&#xa0;: {words}</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>1 added</source>
        <translation>1 paragraphe ajouté</translation>
    </message>
    <message>
        <source>1 deleted</source>
        <translation>1 paragraphe supprimé</translation>
    </message>
    <message>
        <source>1 moved</source>
        <translation>1 paragraphe déplacé</translation>
    </message>
    <message>
        <source>1 changed</source>
        <translation>1 paragraphe modifié</translation>
    </message>
    <message>
        <source>1 footnote added</source>
        <translation>1 note ajoutée</translation>
    </message>
    <message>
        <source>1 footnote removed</source>
        <translation>1 note supprimée</translation>
    </message>
    <message>
        <source>1 footnote edited</source>
        <translation>1 note modifiée</translation>
    </message>
    <message>
        <source>1 metadata</source>
        <translation>1 modification de la première page</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 changement de numéro</translation>
    </message>
    <message>
        <source>1 ending</source>
        <translation>1 changement de ponctuation finale</translation>
    </message>
    <message>
        <source>1 derived</source>
        <translation>1 modification dérivée</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} paragraphes ajoutés</translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation>{count} paragraphes supprimés</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>{count} paragraphes déplacés</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} paragraphes modifiés</translation>
    </message>
    <message>
        <source>{count} footnote added</source>
        <translation>{count} notes ajoutées</translation>
    </message>
    <message>
        <source>{count} footnote removed</source>
        <translation>{count} notes supprimées</translation>
    </message>
    <message>
        <source>{count} footnote edited</source>
        <translation>{count} notes modifiées</translation>
    </message>
    <message>
        <source>{count} metadata</source>
        <translation>{count} modifications de la première page</translation>
    </message>
    <message>
        <source>{count} label</source>
        <translation>{count} changements de numéro</translation>
    </message>
    <message>
        <source>{count} ending</source>
        <translation>{count} changements de ponctuation finale</translation>
    </message>
    <message>
        <source>{count} derived</source>
        <translation>{count} modifications dérivées</translation>
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
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>heading “{text}”</source>
        <translation>intertitre «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>quoted block in the preambular part</source>
        <translation>passage cité dans le préambule</translation>
    </message>
    <message>
        <source>quoted block in the operative part</source>
        <translation>passage cité dans le dispositif</translation>
    </message>
    <message>
        <source>quoted block in the annex part</source>
        <translation>passage cité dans l’annexe</translation>
    </message>
    <message>
        <source>preambular paragraph {number}</source>
        <translation>alinéa {number} du préambule</translation>
    </message>
    <message>
        <source>operative paragraph {number}</source>
        <translation>paragraphe {number} du dispositif</translation>
    </message>
    <message>
        <source>{place} of resolution {letter}</source>
        <translation>{place} de la résolution {letter}</translation>
    </message>
    <message>
        <source>paragraph {number} of the annex</source>
        <translation>paragraphe {number} de l’annexe</translation>
    </message>
    <message>
        <source>paragraph {number} of annex {numeral}</source>
        <translation>paragraphe {number} de l’annexe {numeral}</translation>
    </message>
    <message>
        <source>paragraph {number} of {heading}</source>
        <translation>paragraphe {number} de {heading}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {number} of the annex</source>
        <translation>paragraphe non numéroté {number} de l’annexe</translation>
    </message>
    <message>
        <source>unnumbered paragraph {number} of annex {numeral}</source>
        <translation>paragraphe non numéroté {number} de l’annexe {numeral}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {number} of {heading}</source>
        <translation>paragraphe non numéroté {number} de {heading}</translation>
    </message>
    <message>
        <source>footnote {number}</source>
        <translation>note {number}</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>cote</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <source>sponsors</source>
        <translation>auteurs</translation>
    </message>
    <message>
        <source>submitted by</source>
        <translation>présenté par</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>adoption</source>
        <translation>adoption</translation>
    </message>
    <message>
        <source>cover notes</source>
        <translation>notes de la première page</translation>
    </message>
    <message>
        <source>closing lines</source>
        <translation>lignes finales</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>langue originale</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>(1 derived change hidden)</source>
        <translation>(1 modification dérivée masquée)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show &amp;derived changes</source>
        <translation>Afficher les modifications &amp;dérivées</translation>
    </message>
    <message>
        <source>Labels and end punctuation that changed only because paragraphs were added, deleted or moved</source>
        <translation>Numéros et ponctuation finale qui ont changé seulement parce que des paragraphes ont été ajoutés, supprimés ou déplacés</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>&amp;Export with Changes…</source>
        <translation>&amp;Exporter avec les modifications…</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Ancien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation>Modification précédente (Maj+F8)</translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation>Modification suivante (F8)</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Impossible de comparer</translation>
    </message>
    <message>
        <source>Compare — {old} → {new}</source>
        <translation>Comparer — {old} → {new}</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>({count} derived changes hidden)</source>
        <translation>({count} modifications dérivées masquées)</translation>
    </message>
</context>
<context>
    <name>CrossReferenceDialog</name>
    <message>
        <source>Insert cross-reference</source>
        <translation>Insérer un renvoi</translation>
    </message>
    <message>
        <source>&amp;Refer to which paragraph? The reference prints as its current number and follows it when paragraphs move.</source>
        <translation>&amp;Renvoyer à quel paragraphe&#xa0;? Le renvoi s’imprime avec son numéro actuel et le suit quand les paragraphes sont déplacés.</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>AP</translation>
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
        <translation>p. ex. {date} ou 30/11/2007</translation>
    </message>
    <message>
        <source>Type a date: {date}, 30/11/2007 or 2007-11-30</source>
        <translation>Tapez une date&#xa0;: {date}, 30/11/2007 ou 2007-11-30</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {date} or 30/11/2007.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: tapez-la sous la forme {date} ou 30/11/2007.</translation>
    </message>
    <message>
        <source>Type the date, e.g. {date}.</source>
        <translation>Tapez la date, p. ex. {date}.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translation>Détails du projet</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Organe</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <source>S&amp;ponsors</source>
        <translation>A&amp;uteurs</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>S&amp;ymbol and date</source>
        <translation>&amp;Cote et date</translation>
    </message>
    <message>
        <source>Language of the draft</source>
        <translation>Langue du projet</translation>
    </message>
    <message>
        <source>Language of the &amp;draft:</source>
        <translation>Langue du pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Type the first paragraph of {annex} here</source>
        <translation>Tapez ici le premier paragraphe de {annex}</translation>
    </message>
    <message>
        <source>Type the first paragraph of part {letter} here</source>
        <translation>Tapez ici le premier paragraphe de la partie {letter}</translation>
    </message>
    <message>
        <source>Type a first paragraph</source>
        <translation>Taper un premier paragraphe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Move or delete its sub-paragraphs before joining it.</source>
        <translation>Déplacez ou supprimez ses alinéas avant de le joindre.</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>Joindre les paragraphes</translation>
    </message>
</context>
<context>
    <name>DraftFileErrors</name>
    <message>
        <source>the file is not a JSON object</source>
        <translation>le fichier n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>this is not a DraftDesk draft (no &quot;format&quot;: &quot;draftdesk&quot;)</source>
        <translation>ce n’est pas un projet DraftDesk (il manque &quot;format&quot;: &quot;draftdesk&quot;)</translation>
    </message>
    <message>
        <source>format_version must be a whole number from 1</source>
        <translation>format_version doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>the draft was written by a newer DraftDesk (format {version}; this version reads up to {newest}): update DraftDesk to open it</source>
        <translation>le projet a été écrit par une version plus récente de DraftDesk (format {version}&#xa0;; cette version lit jusqu’au format {newest})&#xa0;: mettez DraftDesk à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}&#xa0;: un objet était attendu</translation>
    </message>
    <message>
        <source>versions: {count} saved versions; at most {limit}</source>
        <translation>versions&#xa0;: {count} versions enregistrées&#xa0;; {limit} au plus</translation>
    </message>
    <message>
        <source>{where}: {value} is used twice</source>
        <translation>{where}&#xa0;: {value} est utilisé deux fois</translation>
    </message>
    <message>
        <source>{where}: messages nested more than {limit} deep</source>
        <translation>{where}&#xa0;: messages imbriqués sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>{where}: expected text, a whole number or a message</source>
        <translation>{where}&#xa0;: un texte, un nombre entier ou un message était attendu</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date and time such as &quot;2026-12-02T10:30:00&quot;</source>
        <translation>{where}&#xa0;: {value} n’est pas une date et une heure comme &quot;2026-12-02T10:30:00&quot;</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {choices}</source>
        <translation>{where}&#xa0;: {value} n’est pas l’une de ces valeurs&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{where}: a footnote holds text only</source>
        <translation>{where}&#xa0;: une note de bas de page ne contient que du texte</translation>
    </message>
    <message>
        <source>{at}paragraph {id}: refers to footnote {note}, which the file does not contain</source>
        <translation>{at}paragraph {id}&#xa0;: renvoie à la note {note}, que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>{where}: {value} is not a part letter A to Z</source>
        <translation>{where}&#xa0;: {value} n’est pas une lettre de partie de A à Z</translation>
    </message>
    <message>
        <source>{where}: missing</source>
        <translation>{where}&#xa0;: manquant</translation>
    </message>
    <message>
        <source>{where}: expected a whole number, found {value}</source>
        <translation>{where}&#xa0;: un nombre entier était attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, found {found}</source>
        <translation>{where}&#xa0;: {expected} était attendu, trouvé {found}</translation>
    </message>
    <message>
        <source>{where}: expected 1-6 or null, found {value}</source>
        <translation>{where}&#xa0;: 1-6 ou null était attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>{where}: expected a date such as &quot;2007-11-30&quot;</source>
        <translation>{where}&#xa0;: une date comme &quot;2007-11-30&quot; était attendue</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date such as &quot;2007-11-30&quot;</source>
        <translation>{where}&#xa0;: {value} n’est pas une date comme &quot;2007-11-30&quot;</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>une année</translation>
    </message>
    <message>
        <source>a session number</source>
        <translation>un numéro de session</translation>
    </message>
    <message>
        <source>{where}: expected {kind} from {low} to {high}, found {value}</source>
        <translation>{where}&#xa0;: {kind} de {low} à {high} était attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>{where}: expected an object or null</source>
        <translation>{where}&#xa0;: un objet ou null était attendu</translation>
    </message>
    <message>
        <source>{where}: expected text</source>
        <translation>{where}&#xa0;: un texte était attendu</translation>
    </message>
    <message>
        <source>{where}: sub-paragraphs go {limit} levels deep at most</source>
        <translation>{where}&#xa0;: les alinéas vont jusqu’à {limit} niveaux au plus</translation>
    </message>
    <message>
        <source>{where}: {value} is not a paragraph kind</source>
        <translation>{where}&#xa0;: {value} n’est pas un type de paragraphe</translation>
    </message>
    <message>
        <source>{where}: {value} is not a numbering scheme</source>
        <translation>{where}&#xa0;: {value} n’est pas un système de numérotation</translation>
    </message>
    <message>
        <source>{where}: a heading cannot have sub-paragraphs</source>
        <translation>{where}&#xa0;: un intertitre ne peut pas avoir d’alinéas</translation>
    </message>
    <message>
        <source>{where}: a quote cannot have sub-paragraphs</source>
        <translation>{where}&#xa0;: une citation ne peut pas avoir d’alinéas</translation>
    </message>
    <message>
        <source>{where}: a heading cannot be a sub-paragraph</source>
        <translation>{where}&#xa0;: un intertitre ne peut pas être un alinéa</translation>
    </message>
    <message>
        <source>{where}: expected &quot;and&quot;, &quot;or&quot; or nothing</source>
        <translation>{where}&#xa0;: &quot;and&quot;, &quot;or&quot; ou rien était attendu</translation>
    </message>
    <message>
        <source>{where}: expected one of &quot;,&quot; &quot;;&quot; &quot;:&quot; &quot;.&quot; &quot;&quot; or null</source>
        <translation>{where}&#xa0;: l’une des valeurs &quot;,&quot; &quot;;&quot; &quot;:&quot; &quot;.&quot; &quot;&quot; ou null était attendue</translation>
    </message>
    <message>
        <source>{where}: expected text, a footnote or a cross-reference</source>
        <translation>{where}&#xa0;: un texte, une note ou un renvoi était attendu</translation>
    </message>
    <message>
        <source>{source}: paragraphs are nested too deeply</source>
        <translation>{source}&#xa0;: les paragraphes sont imbriqués trop profondément</translation>
    </message>
</context>
<context>
    <name>EditErrors</name>
    <message>
        <source>no paragraph {id}</source>
        <translation>le paragraphe {id} n’existe pas</translation>
    </message>
    <message>
        <source>no annex or part {id}</source>
        <translation>il n’y a pas d’annexe ni de partie {id}</translation>
    </message>
    <message>
        <source>part {letter} has no annex paragraphs</source>
        <translation>la partie {letter} n’a pas de paragraphes d’annexe</translation>
    </message>
    <message>
        <source>no annex {id}</source>
        <translation>il n’y a pas d’annexe {id}</translation>
    </message>
    <message>
        <source>position {index} is outside the annexes</source>
        <translation>la position {index} est hors des annexes</translation>
    </message>
    <message>
        <source>the annex repeats paragraphs already in the text</source>
        <translation>l’annexe reprend des paragraphes déjà présents dans le texte</translation>
    </message>
    <message>
        <source>an annex needs a heading, such as Annex or Annex II</source>
        <translation>une annexe doit avoir un intitulé, comme Annexe ou Annexe II</translation>
    </message>
    <message>
        <source>no part {id}</source>
        <translation>aucune partie {id}</translation>
    </message>
    <message>
        <source>the part repeats paragraphs already in the text</source>
        <translation>la partie reprend des paragraphes déjà présents dans le texte</translation>
    </message>
    <message>
        <source>a part&apos;s letter is one capital letter, A to Z, not {letter}</source>
        <translation>la lettre d’une partie est une seule majuscule, de A à Z, et non {letter}</translation>
    </message>
    <message>
        <source>another part is lettered {letter} already</source>
        <translation>une autre partie porte déjà la lettre {letter}</translation>
    </message>
    <message>
        <source>an ending is one of . ; , : or nothing, not {ending}</source>
        <translation>la ponctuation finale est un point, un point-virgule, une virgule, un deux-points ou rien, pas {ending}</translation>
    </message>
    <message>
        <source>a heading cannot have sub-paragraphs</source>
        <translation>un intertitre ne peut pas avoir d’alinéas</translation>
    </message>
    <message>
        <source>a quote cannot have sub-paragraphs</source>
        <translation>une citation ne peut pas avoir d’alinéas</translation>
    </message>
    <message>
        <source>sub-paragraphs go four levels deep at most: (a), (i), a., i.</source>
        <translation>les alinéas ont quatre niveaux au plus&#xa0;: a), i), a., i.</translation>
    </message>
    <message>
        <source>a heading cannot be a sub-paragraph</source>
        <translation>un intertitre ne peut pas être un alinéa</translation>
    </message>
    <message>
        <source>position {index} is outside the list</source>
        <translation>la position {index} est hors de la liste</translation>
    </message>
    <message>
        <source>a paragraph cannot move inside itself</source>
        <translation>un paragraphe ne peut pas être déplacé à l’intérieur de lui-même</translation>
    </message>
    <message>
        <source>the paragraph is already first in its list</source>
        <translation>le paragraphe est déjà le premier de sa liste</translation>
    </message>
    <message>
        <source>the paragraph is already last in its list</source>
        <translation>le paragraphe est déjà le dernier de sa liste</translation>
    </message>
    <message>
        <source>there is no paragraph above to indent under</source>
        <translation>il n’y a pas de paragraphe au-dessus sous lequel augmenter le retrait</translation>
    </message>
    <message>
        <source>the paragraph is already at the top level</source>
        <translation>le paragraphe est déjà au premier niveau</translation>
    </message>
    <message>
        <source>connector must be &apos;and&apos;, &apos;or&apos; or empty, not {connector}</source>
        <translation>le connecteur doit être «&#xa0;and&#xa0;», «&#xa0;or&#xa0;» ou vide, pas {connector}</translation>
    </message>
    <message>
        <source>offset {offset} is outside the text</source>
        <translation>la position {offset} est hors du texte</translation>
    </message>
    <message>
        <source>no footnote {id}</source>
        <translation>la note {id} n’existe pas</translation>
    </message>
    <message>
        <source>no paragraph {id} to refer to</source>
        <translation>le paragraphe {id} auquel renvoyer n’existe pas</translation>
    </message>
    <message>
        <source>a paragraph cannot refer to itself</source>
        <translation>un paragraphe ne peut pas renvoyer à lui-même</translation>
    </message>
    <message>
        <source>the draft has no base text</source>
        <translation>le projet n’a pas de texte de base</translation>
    </message>
    <message>
        <source>unknown text {key}</source>
        <translation>texte inconnu {key}</translation>
    </message>
</context>
<context>
    <name>EditorParts</name>
    <message>
        <source>Outline and &amp;Form</source>
        <translation>Plan et &amp;formulaire</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Preview &amp;Zoom</source>
        <translation>&amp;Zoom de l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Footnotes</source>
        <translation>&amp;Notes de bas de page</translation>
    </message>
    <message>
        <source>Import &amp;Notes</source>
        <translation>Notes d’&amp;importation</translation>
    </message>
    <message>
        <source>Clause &amp;Library</source>
        <translation>&amp;Bibliothèque de clauses</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Rétablir la disposition</translation>
    </message>
    <message>
        <source>Put every panel back in its place, shown</source>
        <translation>Remettre chaque panneau à sa place, affiché</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>&amp;Document View</source>
        <translation>Vue d&amp;ocument</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}&#xa0;: c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}&#xa0;: écriture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path}: expected a JSON list of States, one object per State</source>
        <translation>{path}&#xa0;: une liste JSON d’États était attendue, un objet par État</translation>
    </message>
    <message>
        <source>{where}: {name} already appears as entry {first}</source>
        <translation>{where}&#xa0;: {name} figure déjà à l’entrée {first}</translation>
    </message>
    <message>
        <source>{path}, entry {number}</source>
        <translation>{path}, entrée {number}</translation>
    </message>
    <message>
        <source>{where}: expected an object with short_name_en and status</source>
        <translation>{where}&#xa0;: un objet avec short_name_en et status était attendu</translation>
    </message>
    <message>
        <source>{where}: missing or empty &apos;short_name_en&apos;</source>
        <translation>{where}&#xa0;: &apos;short_name_en&apos; manque ou est vide</translation>
    </message>
    <message>
        <source>{where} ({name}): status {status} is not &apos;member&apos; or &apos;observer&apos;</source>
        <translation>{where} ({name})&#xa0;: le status {status} n’est ni &apos;member&apos; ni &apos;observer&apos;</translation>
    </message>
    <message>
        <source>{where} ({name}): {field} must be text</source>
        <translation>{where} ({name})&#xa0;: {field} doit être un texte</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>textes</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>draft file</source>
        <translation>fichier de projet</translation>
    </message>
    <message>
        <source>draft files</source>
        <translation>fichiers de projet</translation>
    </message>
    <message>
        <source>library file</source>
        <translation>fichier de bibliothèque</translation>
    </message>
    <message>
        <source>library files</source>
        <translation>fichiers de bibliothèque</translation>
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
        <translation>fichier Word</translation>
    </message>
    <message>
        <source>Word files</source>
        <translation>fichiers Word</translation>
    </message>
    <message>
        <source>the list of States</source>
        <translation>la liste des États</translation>
    </message>
    <message>
        <source>the lists of States</source>
        <translation>les listes des États</translation>
    </message>
    <message>
        <source>the language file</source>
        <translation>le fichier de langue</translation>
    </message>
    <message>
        <source>the language files</source>
        <translation>les fichiers de langue</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom entre guillemets doubles attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>&apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>&apos;,&apos; attendu</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>texte non fermé commençant</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle non valide</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>séquence d’échappement \ non valide</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>séquence d’échappement \uXXXX non valide</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>données en trop</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>character {number}</source>
        <translation>caractère {number}</translation>
    </message>
    <message>
        <source>{where}: {place}: character {char} is not allowed in a document</source>
        <translation>{where}&#xa0;: {place}&#xa0;: le caractère {char} n’est pas admis dans un document</translation>
    </message>
    <message>
        <source>{path}: too large for a {what} (over {bytes} bytes; DraftDesk reads {whats} of up to {megabytes} MB)</source>
        <translation>{path}&#xa0;: trop volumineux pour un {what} (plus de {bytes} octets&#xa0;; DraftDesk lit les {whats} jusqu’à {megabytes} Mo)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}&#xa0;: lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (byte {byte})</source>
        <translation>{path}&#xa0;: ce n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a {what}</source>
        <translation>{path}&#xa0;: c’est un dossier, pas un {what}</translation>
    </message>
    <message>
        <source>{where}: holds {count} parts; the limit is {limit}</source>
        <translation>{where}&#xa0;: contient {count} parties&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{where}: unpacks to {total} bytes; the limit is {limit}</source>
        <translation>{where}&#xa0;: se décompresse en {total} octets&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{source}: holds {count} paragraphs and footnotes; the limit is {limit}</source>
        <translation>{source}&#xa0;: contient {count} paragraphes et notes&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{source}: holds {count} pieces of text; the limit is {limit}</source>
        <translation>{source}&#xa0;: contient {count} fragments de texte&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{where}: number {number} has {count} digits; at most {limit} are allowed</source>
        <translation>{where}&#xa0;: le nombre {number} a {count} chiffres&#xa0;; {limit} au plus sont admis</translation>
    </message>
    <message>
        <source>{source}: not a valid {what}: arrays and objects nest {depth} levels deep; the limit is {limit}</source>
        <translation>{source}&#xa0;: ce n’est pas un {what} valide&#xa0;: les listes et les objets sont imbriqués sur {depth} niveaux&#xa0;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>{source}: not a valid {what}: {problem} at line {line}, column {column}</source>
        <translation>{source}&#xa0;: ce n’est pas un {what} valide&#xa0;: {problem} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>{source}: {place}: number {number} has {count} digits; at most {limit} are allowed</source>
        <translation>{source}&#xa0;: {place}&#xa0;: le nombre {number} a {count} chiffres&#xa0;; {limit} au plus sont admis</translation>
    </message>
    <message>
        <source>{source}: number {number} has {count} digits; at most {limit} are allowed</source>
        <translation>{source}&#xa0;: le nombre {number} a {count} chiffres&#xa0;; {limit} au plus sont admis</translation>
    </message>
    <message>
        <source>{source}: not a valid {what}: {problem}</source>
        <translation>{source}&#xa0;: ce n’est pas un {what} valide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>{source}: {place}: character {char} at character {number} is not allowed in a document</source>
        <translation>{source}&#xa0;: {place}&#xa0;: le caractère {char} à la position {number} n’est pas admis dans un document</translation>
    </message>
    <message>
        <source>{path}: cannot read {what} ({reason})</source>
        <translation>{path}&#xa0;: impossible de lire {what} ({reason})</translation>
    </message>
    <message>
        <source>{path}: {what} is not UTF-8 text</source>
        <translation>{path}&#xa0;: {what} n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{path}, line {line}, column {column}: not valid JSON ({problem})</source>
        <translation>{path}, ligne {line}, colonne {column}&#xa0;: JSON non valide ({problem})</translation>
    </message>
</context>
<context>
    <name>FootnotePanel</name>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Texte de la note de bas de page</translation>
    </message>
    <message>
        <source>Text of the selected footnote; *asterisks* for italics</source>
        <translation>Texte de la note sélectionnée&#xa0;; *astérisques* pour l’italique</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Cite Here</source>
        <translation>&amp;Citer ici</translation>
    </message>
    <message>
        <source>Refer to this note again at the cursor in the text</source>
        <translation>Renvoyer de nouveau à cette note au curseur dans le texte</translation>
    </message>
    <message>
        <source>No footnotes yet. Insert one with Insert → Footnote (Ctrl+Alt+F).</source>
        <translation>Aucune note de bas de page pour l’instant. Insérez-en une avec Insertion → Note de bas de page (Ctrl+Alt+F).</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(non citée)</translation>
    </message>
</context>
<context>
    <name>FootnoteTextDialog</name>
    <message>
        <source>Insert footnote</source>
        <translation>Insérer une note de bas de page</translation>
    </message>
    <message>
        <source>e.g. A/62/222.  or  See resolution 60/1, paras. 61 and 62.</source>
        <translation>p. ex. A/62/222.  ou  Voir la résolution 60/1, par. 61 et 62.</translation>
    </message>
    <message>
        <source>Footnote &amp;text:</source>
        <translation>&amp;Texte de la note&#xa0;:</translation>
    </message>
    <message>
        <source>Enter inserts the note. Ctrl+I or *asterisks* for italics (titles of publications).</source>
        <translation>Entrée insère la note. Ctrl+I ou *astérisques* pour l’italique (titres de publications).</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{path}: damaged UTF-16 text (byte {byte})</source>
        <translation>{path}&#xa0;: texte UTF-16 endommagé (octet {byte})</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (byte {byte}, line {line}); save it as UTF-8</source>
        <translation>{path}&#xa0;: ce n’est pas du texte UTF-8 (octet {byte}, ligne {line})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>{path}: not a text file (contains NUL bytes)</source>
        <translation>{path}&#xa0;: ce n’est pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>{path}: is a Word document or another zipped file: copy its text and import that</source>
        <translation>{path}&#xa0;: c’est un document Word ou un autre fichier compressé&#xa0;: copiez-en le texte et importez celui-ci</translation>
    </message>
    <message>
        <source>{path}: is a Word 97-2003 document: copy its text and import that</source>
        <translation>{path}&#xa0;: c’est un document Word 97-2003&#xa0;: copiez-en le texte et importez celui-ci</translation>
    </message>
    <message>
        <source>{path}: is an RTF document: save it as plain text (UTF-8) and import that</source>
        <translation>{path}&#xa0;: c’est un document RTF&#xa0;: enregistrez-le en texte brut (UTF-8) et importez celui-ci</translation>
    </message>
    <message>
        <source>cannot tell what {text} is</source>
        <translation>impossible de savoir ce qu’est {text}</translation>
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation>{text} n’est pas une date</translation>
    </message>
    <message>
        <source>{path}: PDF too large ({size} MB; DraftDesk reads PDFs up to {limit} MB)</source>
        <translation>{path}&#xa0;: PDF trop volumineux ({size} Mo&#xa0;; DraftDesk lit les PDF jusqu’à {limit} Mo)</translation>
    </message>
    <message>
        <source>{path}: the PDF is truncated or damaged (it has no end marker)</source>
        <translation>{path}&#xa0;: le PDF est tronqué ou endommagé (il n’a pas de marque de fin)</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: the PDF has no pages</source>
        <translation>{path}&#xa0;: le PDF n’a aucune page</translation>
    </message>
    <message>
        <source>{path}: the PDF has {count} pages; DraftDesk reads resolutions of up to {limit} pages</source>
        <translation>{path}&#xa0;: le PDF a {count} pages&#xa0;; DraftDesk lit les résolutions de {limit} pages au plus</translation>
    </message>
    <message>
        <source>{path}: more than {limit} characters of text by page {page}; too long for a resolution</source>
        <translation>{path}&#xa0;: plus de {limit} caractères de texte à la page {page}&#xa0;; trop long pour une résolution</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password; open it, save an unprotected copy and import that</source>
        <translation>le PDF est protégé par un mot de passe&#xa0;; ouvrez-le, enregistrez-en une copie non protégée et importez celle-ci</translation>
    </message>
    <message>
        <source>the PDF uses a security handler DraftDesk cannot read</source>
        <translation>le PDF utilise un dispositif de sécurité que DraftDesk ne sait pas lire</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, truncated or not a PDF at all)</source>
        <translation>ce n’est pas un PDF lisible (endommagé, tronqué ou pas un PDF du tout)</translation>
    </message>
    <message>
        <source>{path}, page {page}: the page cannot be read (damaged PDF)</source>
        <translation>{path}, page {page}&#xa0;: la page est illisible (PDF endommagé)</translation>
    </message>
    <message>
        <source>{path}, page {page}: the page has only an image (a scan?); DraftDesk reads PDFs with a text layer, such as those of the Official Document System</source>
        <translation>{path}, page {page}&#xa0;: la page ne contient qu’une image (un document numérisé&#xa0;?)&#xa0;; DraftDesk lit les PDF dotés d’une couche de texte, comme ceux du Sédoc</translation>
    </message>
    <message>
        <source>{path}, page {page}: the page has no text; DraftDesk reads PDFs with a text layer, such as those of the Official Document System</source>
        <translation>{path}, page {page}&#xa0;: la page ne contient aucun texte&#xa0;; DraftDesk lit les PDF dotés d’une couche de texte, comme ceux du Sédoc</translation>
    </message>
    <message>
        <source>{source}, page {page}: {problem}</source>
        <translation>{source}, page {page}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{source}, line {line}: {problem}</source>
        <translation>{source}, ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{source}: too long for a resolution ({count} characters; the limit is {limit})</source>
        <translation>{source}&#xa0;: trop long pour une résolution ({count} caractères&#xa0;; la limite est de {limit})</translation>
    </message>
    <message>
        <source>no resolution found: expected an opening formula such as &apos;The General Assembly,&apos; or numbered paragraphs</source>
        <translation>aucune résolution trouvée&#xa0;: une formule d’ouverture comme &apos;L’Assemblée générale,&apos; ou des paragraphes numérotés étaient attendus</translation>
    </message>
    <message>
        <source>no paragraphs after the opening formula</source>
        <translation>aucun paragraphe après la formule d’ouverture</translation>
    </message>
    <message>
        <source>part {letter} has no paragraphs after its formula</source>
        <translation>la partie {letter} n’a aucun paragraphe après sa formule</translation>
    </message>
    <message>
        <source>footnote {number} has no text</source>
        <translation>la note {number} n’a pas de texte</translation>
    </message>
    <message>
        <source>cannot read footnote line {text}</source>
        <translation>impossible de lire la ligne de note {text}</translation>
    </message>
    <message>
        <source>footnote {number} is given twice</source>
        <translation>la note {number} figure deux fois</translation>
    </message>
    <message>
        <source>footnote marker {marker} ({number}) has no footnote text</source>
        <translation>l’appel de note {marker} ({number}) n’a pas de texte de note</translation>
    </message>
    <message>
        <source>footnote {number} is not referenced anywhere in the text{where}</source>
        <translation>la note {number} n’est appelée nulle part dans le texte{where}</translation>
    </message>
    <message>
        <source>; its marker {marker} belongs between line {line} (note {note}) and line {next_line} (note {next_note})</source>
        <translation>&#xa0;; son appel {marker} se place entre la ligne {line} (note {note}) et la ligne {next_line} (note {next_note})</translation>
    </message>
    <message>
        <source>; its marker {marker} belongs after line {line} (note {note})</source>
        <translation>&#xa0;; son appel {marker} se place après la ligne {line} (note {note})</translation>
    </message>
    <message>
        <source>; its marker {marker} belongs before line {line} (note {note})</source>
        <translation>&#xa0;; son appel {marker} se place avant la ligne {line} (note {note})</translation>
    </message>
    <message>
        <source>section numeral {numeral} is not followed by a heading</source>
        <translation>le numéro de section {numeral} n’est pas suivi d’un intertitre</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>paragraphe {number}</translation>
    </message>
    <message>
        <source>the first-page header</source>
        <translation>l’en-tête de la première page</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>the cover notes</source>
        <translation>les notes de la page de couverture</translation>
    </message>
    <message>
        <source>footnote {number}</source>
        <translation>note {number}</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>{source}, {place}: {problem}</source>
        <translation>{source}, {place}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: footnote {number}: its text is missing from the Word file (word/footnotes.xml)</source>
        <translation>{path}&#xa0;: note {number}&#xa0;: son texte manque dans le fichier Word (word/footnotes.xml)</translation>
    </message>
    <message>
        <source>{path}: is an Excel workbook, not a Word document</source>
        <translation>{path}&#xa0;: c’est un classeur Excel, pas un document Word</translation>
    </message>
    <message>
        <source>{path}: is a PowerPoint presentation, not a Word document</source>
        <translation>{path}&#xa0;: c’est une présentation PowerPoint, pas un document Word</translation>
    </message>
    <message>
        <source>{path}: {part}: {problem}</source>
        <translation>{path}&#xa0;: {part}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>missing from the Word file</source>
        <translation>absent du fichier Word</translation>
    </message>
    <message>
        <source>part too large ({size}; at most {limit})</source>
        <translation>partie trop volumineuse ({size}&#xa0;; {limit} au plus)</translation>
    </message>
    <message>
        <source>inflates past its declared size (refused as a possible zip bomb)</source>
        <translation>se décompresse au-delà de sa taille déclarée (refusé comme bombe zip possible)</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>compressed with a method Word does not use</source>
        <translation>compressé selon une méthode que Word n’utilise pas</translation>
    </message>
    <message>
        <source>the parts read exceed {limit} in all</source>
        <translation>les parties lues dépassent {limit} au total</translation>
    </message>
    <message>
        <source>{path}: not a complete Word file (damaged or truncated zip)</source>
        <translation>{path}&#xa0;: ce n’est pas un fichier Word complet (zip endommagé ou tronqué)</translation>
    </message>
    <message>
        <source>{path}: {count} parts in the zip (at most {limit}); refused as a possible zip bomb</source>
        <translation>{path}&#xa0;: {count} parties dans le zip ({limit} au plus)&#xa0;; refusé comme bombe zip possible</translation>
    </message>
    <message>
        <source>{path}: too large for a Word document ({size}; at most {limit})</source>
        <translation>{path}&#xa0;: trop volumineux pour un document Word ({size}&#xa0;; {limit} au plus)</translation>
    </message>
    <message>
        <source>{path}: is encrypted (protected with a password) or a Word 97-2003 document; save it as a Word document (.docx) without a password</source>
        <translation>{path}&#xa0;: il est chiffré (protégé par un mot de passe) ou c’est un document Word 97-2003&#xa0;; enregistrez-le comme document Word (.docx) sans mot de passe</translation>
    </message>
    <message>
        <source>{path}: {part}: compressed {ratio} to 1 (refused as a possible zip bomb)</source>
        <translation>{path}&#xa0;: {part}&#xa0;: compressé {ratio} pour 1 (refusé comme bombe zip possible)</translation>
    </message>
    <message>
        <source>{path}: {part}: encrypted; save the document without a password</source>
        <translation>{path}&#xa0;: {part}&#xa0;: chiffré&#xa0;; enregistrez le document sans mot de passe</translation>
    </message>
    <message>
        <source>{path}: inflates to {size} (refused as a possible zip bomb)</source>
        <translation>{path}&#xa0;: se décompresse en {size} (refusé comme bombe zip possible)</translation>
    </message>
    <message>
        <source>{path}: a zip file, not a Word document (no [Content_Types].xml)</source>
        <translation>{path}&#xa0;: un fichier zip, pas un document Word (pas de [Content_Types].xml)</translation>
    </message>
    <message>
        <source>{path}: a zip file, not a Word document (no main document part)</source>
        <translation>{path}&#xa0;: un fichier zip, pas un document Word (pas de partie principale du document)</translation>
    </message>
    <message>
        <source>{path}: {part}: content type {type} is not a Word document</source>
        <translation>{path}&#xa0;: {part}&#xa0;: le type de contenu {type} n’est pas un document Word</translation>
    </message>
    <message>
        <source>declares a DTD or entities (refused: Word files have none)</source>
        <translation>déclare une DTD ou des entités (refusé&#xa0;: les fichiers Word n’en ont pas)</translation>
    </message>
    <message>
        <source>damaged XML: {problem}</source>
        <translation>XML endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>declares a DTD (refused: Word files have none)</source>
        <translation>déclare une DTD (refusé&#xa0;: les fichiers Word n’en ont pas)</translation>
    </message>
    <message>
        <source>has no body (not a Word document)</source>
        <translation>n’a pas de corps (ce n’est pas un document Word)</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>la résolution</translation>
    </message>
    <message>
        <source>{source}: is an amendment, not a resolution: only an adopted resolution is rolled over</source>
        <translation>{source}&#xa0;: c’est un amendement, pas une résolution&#xa0;: seule une résolution adoptée peut être reconduite</translation>
    </message>
    <message>
        <source>{source}: is a decision, not a resolution: only an adopted resolution is rolled over</source>
        <translation>{source}&#xa0;: c’est une décision, pas une résolution&#xa0;: seule une résolution adoptée peut être reconduite</translation>
    </message>
    <message>
        <source>{source}: not an adopted resolution (no &apos;Resolution adopted by …&apos; line); roll over the A/RES, or open a draft as it is</source>
        <translation>{source}&#xa0;: ce n’est pas une résolution adoptée (pas de ligne &apos;Résolution adoptée par …&apos;)&#xa0;; reconduisez la A/RES ou ouvrez le projet tel quel</translation>
    </message>
    <message>
        <source>{source}: the resolution&apos;s number (such as 73/7) is missing</source>
        <translation>{source}&#xa0;: le numéro de la résolution (comme 73/7) manque</translation>
    </message>
    <message>
        <source>{source}: session {session} cannot be followed (1-{limit})</source>
        <translation>{source}&#xa0;: la session {session} ne peut pas avoir de suivante (1-{limit})</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
    </message>
    <message>
        <source>{a}, {b} and {c}</source>
        <translation>{a}, {b} et {c}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c} and {d}</source>
        <translation>{a}, {b}, {c} et {d}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c}, {d} and {e}</source>
        <translation>{a}, {b}, {c}, {d} et {e}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c}, {d}, {e} and {f}</source>
        <translation>{a}, {b}, {c}, {d}, {e} et {f}</translation>
    </message>
    <message>
        <source>{a}, {b}, {c}, {d}, {e}, {f} and {g}</source>
        <translation>{a}, {b}, {c}, {d}, {e}, {f} et {g}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>{items} and {last_i_sound}</source>
        <translation>{items} et {last_i_sound}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}&#xa0;{month}&#xa0;{year}</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>{number}e session</translation>
    </message>
    <message>
        <source>{year} session</source>
        <translation>session de {year}</translation>
    </message>
    <message>
        <source>the first line of page {page} starts a new paragraph: judged from its indent alone</source>
        <translation>la première ligne de la page {page} commence un nouveau paragraphe&#xa0;: jugé d’après son retrait seulement</translation>
    </message>
    <message>
        <source>the first line of page {page} continues the paragraph before: judged from its indent alone</source>
        <translation>la première ligne de la page {page} continue le paragraphe précédent&#xa0;: jugé d’après son retrait seulement</translation>
    </message>
    <message>
        <source>an unnumbered paragraph among the operative paragraphs is kept as an unnumbered block; check whether it is a heading, a quotation or a paragraph of its own</source>
        <translation>un paragraphe non numéroté parmi les paragraphes du dispositif est conservé comme bloc non numéroté&#xa0;; vérifiez s’il s’agit d’un intertitre, d’une citation ou d’un paragraphe distinct</translation>
    </message>
    <message>
        <source>the numbered paragraphs speak in the first person (a declaration or pact that the resolution adopts): they are read as its operative paragraphs</source>
        <translation>les paragraphes numérotés sont à la première personne (une déclaration ou un pacte que la résolution adopte)&#xa0;: ils sont lus comme son dispositif</translation>
    </message>
    <message>
        <source>this preambular paragraph has no italic opening phrase in the PDF</source>
        <translation>cet alinéa du préambule n’a pas de formule initiale en italique dans le PDF</translation>
    </message>
    <message>
        <source>{page}: text under the footnote rule without a note number was left out: {text}</source>
        <translation>{page}&#xa0;: un texte sans numéro de note sous le filet des notes a été omis&#xa0;: {text}</translation>
    </message>
    <message>
        <source>the printed numbering starts again at 1. here (a new section or part); the draft numbers this paragraph {expected}. on from the ones before</source>
        <translation>la numérotation imprimée recommence à 1. ici (nouvelle section ou partie)&#xa0;; le projet numérote ce paragraphe {expected}. à la suite des précédents</translation>
    </message>
    <message>
        <source>this paragraph is printed as {number}. where {expected}. was expected: a paragraph may have been merged into the one before or split in two</source>
        <translation>ce paragraphe est imprimé {number}. là où {expected}. était attendu&#xa0;: un paragraphe a peut-être été fusionné avec le précédent ou coupé en deux</translation>
    </message>
    <message>
        <source>this is an amendment to draft resolution {target}, not a resolution: its instructions and quoted text are kept as unnumbered blocks</source>
        <translation>il s’agit d’un amendement au projet de résolution {target}, non d’une résolution&#xa0;: ses instructions et le texte cité sont conservés comme blocs non numérotés</translation>
    </message>
    <message>
        <source>{heading}: its text could not be read into paragraphs ({problem}); it is kept as unnumbered blocks</source>
        <translation>{heading}&#xa0;: son texte n’a pas pu être lu en paragraphes ({problem})&#xa0;; il est conservé comme blocs non numérotés</translation>
    </message>
    <message>
        <source>1 control or non-text character removed (at {position})</source>
        <translation>1 caractère de contrôle ou non textuel supprimé ({position})</translation>
    </message>
    <message>
        <source>{count} control or non-text characters removed (the first at {position})</source>
        <translation>{count} caractères de contrôle ou non textuels supprimés (le premier à {position})</translation>
    </message>
    <message>
        <source>line {line}: {label} would open a fifth level of sub-paragraphs; it was kept at the fourth</source>
        <translation>ligne {line}&#xa0;: {label} ouvrirait un cinquième niveau d’alinéas&#xa0;; il a été maintenu au quatrième</translation>
    </message>
    <message>
        <source>A footnote on the cover ({paragraph}) was left out: cover lines take no numbered notes</source>
        <translation>Une note de la page de couverture ({paragraph}) a été omise&#xa0;: les lignes de couverture ne prennent pas de notes numérotées</translation>
    </message>
    <message>
        <source>Tracked changes read with every change accepted: {changes} ({paragraphs})</source>
        <translation>Modifications suivies lues en acceptant toutes les modifications&#xa0;: {changes} ({paragraphs})</translation>
    </message>
    <message>
        <source>Tracked changes read as the original, every change rejected: {changes} ({paragraphs})</source>
        <translation>Modifications suivies lues comme l’original, toutes les modifications refusées&#xa0;: {changes} ({paragraphs})</translation>
    </message>
    <message>
        <source>Tracked changes accepted here: {changes}</source>
        <translation>Modifications acceptées ici&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>Tracked changes rejected here: {changes}</source>
        <translation>Modifications refusées ici&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>Commentaire&#xa0;: {text}</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation>1 insertion</translation>
    </message>
    <message>
        <source>{count} insertions</source>
        <translation>{count} insertions</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation>1 suppression</translation>
    </message>
    <message>
        <source>{count} deletions</source>
        <translation>{count} suppressions</translation>
    </message>
    <message>
        <source>1 text moved here</source>
        <translation>1 texte déplacé ici</translation>
    </message>
    <message>
        <source>{count} texts moved here</source>
        <translation>{count} textes déplacés ici</translation>
    </message>
    <message>
        <source>1 text moved away</source>
        <translation>1 texte déplacé ailleurs</translation>
    </message>
    <message>
        <source>{count} texts moved away</source>
        <translation>{count} textes déplacés ailleurs</translation>
    </message>
    <message>
        <source>1 new paragraph</source>
        <translation>1 nouveau paragraphe</translation>
    </message>
    <message>
        <source>{count} new paragraphs</source>
        <translation>{count} nouveaux paragraphes</translation>
    </message>
    <message>
        <source>1 paragraph joined to the next</source>
        <translation>1 paragraphe joint au suivant</translation>
    </message>
    <message>
        <source>{count} paragraphs joined to the next</source>
        <translation>{count} paragraphes joints au suivant</translation>
    </message>
    <message>
        <source>1 formatting change (ignored)</source>
        <translation>1 modification de mise en forme (ignorée)</translation>
    </message>
    <message>
        <source>{count} formatting changes (ignored)</source>
        <translation>{count} modifications de mise en forme (ignorées)</translation>
    </message>
    <message>
        <source>1 move</source>
        <translation>1 déplacement</translation>
    </message>
    <message>
        <source>{count} moves</source>
        <translation>{count} déplacements</translation>
    </message>
    <message>
        <source>Rolled over from {name}: enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Projet établi à partir de {name}&#xa0;: saisissez la cote, la date et les auteurs. Le texte adopté est conservé comme texte de base.</translation>
    </message>
    <message>
        <source>Rolled over from {name} (adopted {date}): enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Projet établi à partir de {name} (adoptée le {date})&#xa0;: saisissez la cote, la date et les auteurs. Le texte adopté est conservé comme texte de base.</translation>
    </message>
    <message>
        <source>Rolled over from {name} for the {session}: enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Projet établi à partir de {name} pour la {session}&#xa0;: saisissez la cote, la date et les auteurs. Le texte adopté est conservé comme texte de base.</translation>
    </message>
    <message>
        <source>Rolled over from {name} (adopted {date}) for the {session}: enter the symbol, date and sponsors. The adopted text is kept as the base text.</source>
        <translation>Projet établi à partir de {name} (adoptée le {date}) pour la {session}&#xa0;: saisissez la cote, la date et les auteurs. Le texte adopté est conservé comme texte de base.</translation>
    </message>
    <message>
        <source>Agenda item {items} kept from {name}: check the new session&apos;s agenda.</source>
        <translation>Point {items} de l’ordre du jour repris de {name}&#xa0;: vérifiez l’ordre du jour de la nouvelle session.</translation>
    </message>
    <message>
        <source>Last year&apos;s sponsors, not carried over: {names}.</source>
        <translation>Auteurs de l’an dernier, non repris&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Sponsors left empty: {name} lists none; last year&apos;s are on {drafts}.</source>
        <translation>Auteurs laissés vides&#xa0;: {name} n’en indique aucun&#xa0;; ceux de l’an dernier figurent sur {drafts}.</translation>
    </message>
    <message>
        <source>References to sessions in the text are not moved in this language: check them.</source>
        <translation>Dans cette langue, les mentions de sessions dans le texte ne sont pas avancées&#xa0;: vérifiez-les.</translation>
    </message>
    <message>
        <source>Tabled in the {committee}, as the report line says: {report_line}</source>
        <translation>Présenté à la {committee}, comme l’indique la ligne du rapport&#xa0;: {report_line}</translation>
    </message>
    <message>
        <source>Tabled in the plenary, as the report line says: {report_line}</source>
        <translation>Présenté en séance plénière, comme l’indique la ligne du rapport&#xa0;: {report_line}</translation>
    </message>
    <message>
        <source>First Committee</source>
        <translation>Première Commission</translation>
    </message>
    <message>
        <source>Second Committee</source>
        <translation>Deuxième Commission</translation>
    </message>
    <message>
        <source>Third Committee</source>
        <translation>Troisième Commission</translation>
    </message>
    <message>
        <source>Special Political and Decolonization Committee (Fourth Committee)</source>
        <translation>Commission des questions politiques spéciales et de la décolonisation (Quatrième Commission)</translation>
    </message>
    <message>
        <source>Fifth Committee</source>
        <translation>Cinquième Commission</translation>
    </message>
    <message>
        <source>Sixth Committee</source>
        <translation>Sixième Commission</translation>
    </message>
    <message>
        <source>Added: “{text}”.</source>
        <translation>Ajouté&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Added: “{text}”. The adoption date was not found: add it.</source>
        <translation>Ajouté&#xa0;: «&#xa0;{text}&#xa0;». La date d’adoption est introuvable&#xa0;: ajoutez-la.</translation>
    </message>
    <message>
        <source>Added: “{text}”. The next paragraph also opens with “{lead}”: consider “{lead_also}”.</source>
        <translation>Ajouté&#xa0;: «&#xa0;{text}&#xa0;». L’alinéa suivant commence aussi par «&#xa0;{lead}&#xa0;»&#xa0;: envisagez «&#xa0;{lead_also}&#xa0;».</translation>
    </message>
    <message>
        <source>Added: “{text}”. The adoption date was not found: add it. The next paragraph also opens with “{lead}”: consider “{lead_also}”.</source>
        <translation>Ajouté&#xa0;: «&#xa0;{text}&#xa0;». La date d’adoption est introuvable&#xa0;: ajoutez-la. L’alinéa suivant commence aussi par «&#xa0;{lead}&#xa0;»&#xa0;: envisagez «&#xa0;{lead_also}&#xa0;».</translation>
    </message>
    <message>
        <source>Resolution {number} is already recalled here.</source>
        <translation>La résolution {number} est déjà rappelée ici.</translation>
    </message>
    <message>
        <source>Recalls {number} instead of {old}: “{rest}” covers the earlier ones. Was: “{was}”.</source>
        <translation>Rappelle la {number} au lieu de la {old}&#xa0;: «&#xa0;{rest}&#xa0;» couvre les précédentes. Texte antérieur&#xa0;: «&#xa0;{was}&#xa0;».</translation>
    </message>
    <message>
        <source>Added {number} to the resolutions recalled. Was: “{was}”.</source>
        <translation>{number} ajoutée aux résolutions rappelées. Texte antérieur&#xa0;: «&#xa0;{was}&#xa0;».</translation>
    </message>
    <message>
        <source>Session moved on: {changes}.</source>
        <translation>Session avancée&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>Not moved: {sessions}, later than the next session, may be a fixed date; check it.</source>
        <translation>Non avancé&#xa0;: {sessions}, postérieur à la prochaine session, peut être une date fixe&#xa0;; vérifiez.</translation>
    </message>
    <message>
        <source>Names {dates}: dates and years are not moved; check them.</source>
        <translation>Mentionne {dates}&#xa0;: les dates et les années ne sont pas avancées&#xa0;; vérifiez-les.</translation>
    </message>
</context>
<context>
    <name>ImportNotesPanel</name>
    <message>
        <source>Nothing to check: the importer was sure of everything.</source>
        <translation>Rien à vérifier&#xa0;: l’importation n’a eu aucun doute.</translation>
    </message>
    <message>
        <source>{place}: {note}</source>
        <translation>{place}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Click to go to the paragraph</source>
        <translation>Cliquez pour aller au paragraphe</translation>
    </message>
    <message>
        <source>Whole draft</source>
        <translation>Tout le projet</translation>
    </message>
    <message>
        <source>A deleted paragraph</source>
        <translation>Un paragraphe supprimé</translation>
    </message>
</context>
<context>
    <name>LanguageDataErrors</name>
    <message>
        <source>{source}: &apos;{key}&apos; {problem}</source>
        <translation>{source}&#xa0;: &apos;{key}&apos; {problem}</translation>
    </message>
    <message>
        <source>is missing or is not an object</source>
        <translation>manque ou n’est pas un objet</translation>
    </message>
    <message>
        <source>is missing or is not text</source>
        <translation>manque ou n’est pas un texte</translation>
    </message>
    <message>
        <source>is not a valid pattern ({problem})</source>
        <translation>n’est pas un modèle valide ({problem})</translation>
    </message>
    <message>
        <source>no {{field}}</source>
        <translation>aucun {{field}}</translation>
    </message>
    <message>
        <source>uses {field}; it may use only {allowed}</source>
        <translation>utilise {field}&#xa0;; il ne peut utiliser que {allowed}</translation>
    </message>
    <message>
        <source>must contain {field}</source>
        <translation>doit contenir {field}</translation>
    </message>
    <message>
        <source>is missing or is not a list of texts</source>
        <translation>manque ou n’est pas une liste de textes</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être l’une de ces valeurs&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{source}: expected a JSON object (a DraftDesk language file)</source>
        <translation>{source}&#xa0;: un objet JSON était attendu (un fichier de langue DraftDesk)</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>doit valoir {value}</translation>
    </message>
    <message>
        <source>must list the twelve months</source>
        <translation>doit énumérer les douze mois</translation>
    </message>
    <message>
        <source>must start with &apos;seen&apos; or &apos;inferred&apos;</source>
        <translation>doit commencer par &apos;seen&apos; ou &apos;inferred&apos;</translation>
    </message>
    <message>
        <source>names no entry of this file</source>
        <translation>ne désigne aucune entrée de ce fichier</translation>
    </message>
    <message>
        <source>must map a number to its ordinal text</source>
        <translation>doit associer un nombre à son ordinal en lettres</translation>
    </message>
    <message>
        <source>must list {count} words</source>
        <translation>doit énumérer {count} mots</translation>
    </message>
    <message>
        <source>must list the numbers 0 to 19 in words</source>
        <translation>doit énumérer les nombres de 0 à 19 en lettres</translation>
    </message>
    <message>
        <source>must list 10 words</source>
        <translation>doit énumérer 10 mots</translation>
    </message>
    <message>
        <source>must give every number 1-200 (no {number})</source>
        <translation>doit donner tous les nombres de 1 à 200 (il manque {number})</translation>
    </message>
    <message>
        <source>must be null or an object</source>
        <translation>doit être null ou un objet</translation>
    </message>
    <message>
        <source>must be U+00A0, U+202F or a plain space</source>
        <translation>doit être U+00A0, U+202F ou une espace simple</translation>
    </message>
    <message>
        <source>is missing or is not a list</source>
        <translation>manque ou n’est pas une liste</translation>
    </message>
    <message>
        <source>must be an object with &apos;text&apos; or &apos;f&apos; and &apos;m&apos;</source>
        <translation>doit être un objet avec &apos;text&apos; ou avec &apos;f&apos; et &apos;m&apos;</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>{path}: a language file of {size} bytes is too large</source>
        <translation>{path}&#xa0;: un fichier de langue de {size} octets est trop volumineux</translation>
    </message>
    <message>
        <source>{path}: cannot read the language file ({reason})</source>
        <translation>{path}&#xa0;: impossible de lire le fichier de langue ({reason})</translation>
    </message>
    <message>
        <source>{path}: &apos;code&apos; is {code} but the file is named {name}</source>
        <translation>{path}&#xa0;: &apos;code&apos; vaut {code}, mais le fichier s’appelle {name}</translation>
    </message>
    <message>
        <source>no language data for {language} (expected {file} among {available})</source>
        <translation>aucune donnée de langue pour {language} ({file} était attendu parmi {available})</translation>
    </message>
    <message>
        <source>{path}: cannot read the list of States ({reason})</source>
        <translation>{path}&#xa0;: impossible de lire la liste des États ({reason})</translation>
    </message>
    <message>
        <source>{path}: expected a JSON list of States</source>
        <translation>{path}&#xa0;: une liste JSON d’États était attendue</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Select the paragraphs to save in the outline.</source>
        <translation>Sélectionnez dans le plan les paragraphes à enregistrer.</translation>
    </message>
    <message>
        <source>Cannot open the clause libraries</source>
        <translation>Impossible d’ouvrir les bibliothèques de clauses</translation>
    </message>
    <message>
        <source>Saved 1 paragraph to the library “{name}”.</source>
        <translation>1 paragraphe enregistré dans la bibliothèque «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Saved {count} paragraphs to the library “{name}”.</source>
        <translation>{count} paragraphes enregistrés dans la bibliothèque «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Select the paragraph whose wording to replace.</source>
        <translation>Sélectionnez le paragraphe dont le libellé doit être remplacé.</translation>
    </message>
    <message>
        <source>A heading cannot take a clause&apos;s wording.</source>
        <translation>Un intertitre ne peut pas prendre le libellé d’une clause.</translation>
    </message>
    <message>
        <source>Use agreed wording</source>
        <translation>Utiliser le libellé convenu</translation>
    </message>
    <message>
        <source>The paragraph now has the library&apos;s wording.</source>
        <translation>Le paragraphe a désormais le libellé de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <source>no paragraph &apos;{reference}&apos; in the draft (e.g. &apos;para. 4 (a)&apos; or &apos;pp2&apos;)</source>
        <translation>aucun paragraphe «&#xa0;{reference}&#xa0;» dans le projet (p. ex. «&#xa0;para. 4 (a)&#xa0;» ou «&#xa0;pp2&#xa0;»)</translation>
    </message>
    <message>
        <source>no paragraph {id} in the draft</source>
        <translation>aucun paragraphe {id} dans le projet</translation>
    </message>
    <message>
        <source>{where}: {what} must be text, not {type}</source>
        <translation>{where}&#xa0;: {what} doit être du texte, pas {type}</translation>
    </message>
    <message>
        <source>{where}: {what} is empty</source>
        <translation>{where}&#xa0;: {what} est vide</translation>
    </message>
    <message>
        <source>{where}: {what} is longer than {limit} characters</source>
        <translation>{where}&#xa0;: {what} dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>{where}: {what} contains control characters or line breaks</source>
        <translation>{where}&#xa0;: {what} contient des caractères de contrôle ou des sauts de ligne</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>un mot-clé</translation>
    </message>
    <message>
        <source>source symbol</source>
        <translation>la cote de la source</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>{where}: clause {number}</source>
        <translation>{where}&#xa0;: clause {number}</translation>
    </message>
    <message>
        <source>{where} (&apos;{key}&apos;)</source>
        <translation>{where} («&#xa0;{key}&#xa0;»)</translation>
    </message>
    <message>
        <source>{where}: a clause must be an object, not {type}</source>
        <translation>{where}&#xa0;: une clause doit être un objet, pas {type}</translation>
    </message>
    <message>
        <source>{where}: tags must be a list of at most {limit} words</source>
        <translation>{where}&#xa0;: les mots-clés doivent être une liste d’au plus {limit} mots</translation>
    </message>
    <message>
        <source>{where}: source must be an object with symbol and paragraph</source>
        <translation>{where}&#xa0;: la source doit être un objet avec une cote et un paragraphe</translation>
    </message>
    <message>
        <source>{where}: version must be a positive whole number</source>
        <translation>{where}&#xa0;: la version doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>{where}: not a DraftDesk clause library (expected a JSON object)</source>
        <translation>{where}&#xa0;: ce n’est pas une bibliothèque de clauses DraftDesk (objet JSON attendu)</translation>
    </message>
    <message>
        <source>{where}: not a DraftDesk clause library (format is not &apos;{format}&apos;)</source>
        <translation>{where}&#xa0;: ce n’est pas une bibliothèque de clauses DraftDesk (le format n’est pas «&#xa0;{format}&#xa0;»)</translation>
    </message>
    <message>
        <source>{where}: format_version must be a positive whole number</source>
        <translation>{where}&#xa0;: format_version doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>{where}: written by a newer DraftDesk (format version {version}); update DraftDesk</source>
        <translation>{where}&#xa0;: écrit par une version plus récente de DraftDesk (version de format {version})&#xa0;; mettez DraftDesk à jour</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where}: &apos;clauses&apos; must be a list</source>
        <translation>{where}&#xa0;: «&#xa0;clauses&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>{where}: {count} clauses is more than the {limit} allowed</source>
        <translation>{where}&#xa0;: {count} clauses dépassent le maximum de {limit}</translation>
    </message>
    <message>
        <source>{where}: not a text file in UTF-8</source>
        <translation>{where}&#xa0;: ce n’est pas un fichier texte en UTF-8</translation>
    </message>
    <message>
        <source>the library name is empty</source>
        <translation>le nom de la bibliothèque est vide</translation>
    </message>
    <message>
        <source>the library name is longer than {limit} characters</source>
        <translation>le nom de la bibliothèque dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the library name {name}</source>
        <translation>le nom de la bibliothèque {name}</translation>
    </message>
    <message>
        <source>{path}: cannot open the clause libraries ({reason})</source>
        <translation>{path}&#xa0;: impossible d’ouvrir les bibliothèques de clauses ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot create the clause libraries ({reason})</source>
        <translation>{path}&#xa0;: impossible de créer les bibliothèques de clauses ({reason})</translation>
    </message>
    <message>
        <source>{path}: the clause libraries were written by a newer DraftDesk (schema {schema}); update DraftDesk</source>
        <translation>{path}&#xa0;: les bibliothèques de clauses ont été écrites par une version plus récente de DraftDesk (schéma {schema})&#xa0;; mettez DraftDesk à jour</translation>
    </message>
    <message>
        <source>{path}: the clause libraries are open read-only</source>
        <translation>{path}&#xa0;: les bibliothèques de clauses sont ouvertes en lecture seule</translation>
    </message>
    <message>
        <source>{path}: the clause libraries are busy: another DraftDesk is changing them; try again when it has finished</source>
        <translation>{path}&#xa0;: les bibliothèques de clauses sont occupées&#xa0;: un autre DraftDesk les modifie&#xa0;; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>no clause library named &apos;{name}&apos;</source>
        <translation>aucune bibliothèque de clauses nommée «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>the library &apos;{name}&apos; comes with DraftDesk and cannot be changed; copy its clauses into a library of your own</source>
        <translation>la bibliothèque «&#xa0;{name}&#xa0;» est fournie avec DraftDesk et ne peut pas être modifiée&#xa0;; copiez ses clauses dans une de vos bibliothèques</translation>
    </message>
    <message>
        <source>a clause library named &apos;{name}&apos; already exists</source>
        <translation>une bibliothèque de clauses nommée «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>clause &apos;{key}&apos; in library &apos;{library}&apos;</source>
        <translation>clause «&#xa0;{key}&#xa0;» de la bibliothèque «&#xa0;{library}&#xa0;»</translation>
    </message>
    <message>
        <source>no clause with id {id}</source>
        <translation>aucune clause n’a l’identifiant {id}</translation>
    </message>
    <message>
        <source>{where} has no version {version}</source>
        <translation>{where}&#xa0;: la version {version} n’existe pas</translation>
    </message>
    <message>
        <source>no clause &apos;{key}&apos; in library &apos;{library}&apos;</source>
        <translation>aucune clause «&#xa0;{key}&#xa0;» dans la bibliothèque «&#xa0;{library}&#xa0;»</translation>
    </message>
    <message>
        <source>cannot change {names} of a clause</source>
        <translation>impossible de modifier {names} d’une clause</translation>
    </message>
    <message>
        <source>{where}: kind must be preambular or operative, not {value}</source>
        <translation>{where}&#xa0;: le type doit être «&#xa0;preambular&#xa0;» ou «&#xa0;operative&#xa0;», pas {value}</translation>
    </message>
    <message>
        <source>{where}: body must be one of {bodies}, not {value}</source>
        <translation>{where}&#xa0;: l’organe doit être l’un de ceux-ci&#xa0;: {bodies}&#xa0;; pas {value}</translation>
    </message>
    <message>
        <source>{where}: the text is empty</source>
        <translation>{where}&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>key</source>
        <translation>la clé</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>le thème</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la note</translation>
    </message>
    <message>
        <source>source</source>
        <translation>la source</translation>
    </message>
    <message>
        <source>source paragraph</source>
        <translation>le paragraphe de la source</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>le mot-clé</translation>
    </message>
</context>
<context>
    <name>LibraryNameDialog</name>
    <message>
        <source>Rename Library “{name}”</source>
        <translation>Renommer la bibliothèque «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>Nom de la bibliothèque</translation>
    </message>
    <message>
        <source>e.g. Migration — agreed language</source>
        <translation>p. ex. Migrations — libellés convenus</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
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
        <translation>par. {number}</translation>
    </message>
    <message>
        <source>preambular para. {number}</source>
        <translation>alinéa {number} du préambule</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>DraftDesk clause libraries (*.json);;All files (*)</source>
        <translation>Bibliothèques de clauses DraftDesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Resolution texts (*.txt);;All files (*)</source>
        <translation>Textes de résolutions (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <source>General Assembly</source>
        <translation>Assemblée générale</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Conseil de sécurité</translation>
    </message>
    <message>
        <source>Economic and Social Council</source>
        <translation>Conseil économique et social</translation>
    </message>
    <message>
        <source>Human Rights Council</source>
        <translation>Conseil des droits de l’homme</translation>
    </message>
    <message>
        <source>Both parts</source>
        <translation>Les deux parties</translation>
    </message>
    <message>
        <source>Preambular</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Dispositif</translation>
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
        <translation>tout organe</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>préambule</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>dispositif</translation>
    </message>
    <message>
        <source>{percent}% similar</source>
        <translation>similaire à {percent} %</translation>
    </message>
    <message>
        <source>{percent}% similar · {where}</source>
        <translation>similaire à {percent} % · {where}</translation>
    </message>
    <message>
        <source>a number, e.g. 80 (printed as “eightieth”)</source>
        <translation>un nombre, p. ex. 80 (imprimé en lettres&#xa0;: «&#xa0;eightieth&#xa0;»)</translation>
    </message>
    <message>
        <source>a date, e.g. 2025-12-15 or 15 December 2025</source>
        <translation>une date, p. ex. 2025-12-15 ou 15 December 2025</translation>
    </message>
    <message>
        <source>items separated by semicolons</source>
        <translation>éléments séparés par des points-virgules</translation>
    </message>
    <message>
        <source>Search clauses</source>
        <translation>Chercher des clauses</translation>
    </message>
    <message>
        <source>Search clauses: words, tags, symbols…</source>
        <translation>Chercher des clauses&#xa0;: mots, mots-clés, cotes…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Clauses found</source>
        <translation>Clauses trouvées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Similar agreed language&lt;/b&gt; for the paragraph you are editing — choose one to use its wording:</source>
        <translation>&lt;b&gt;Libellés convenus similaires&lt;/b&gt; pour le paragraphe en cours de modification — choisissez-en un pour reprendre son libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Similar agreed language</source>
        <translation>Libellés convenus similaires</translation>
    </message>
    <message>
        <source>Clause preview</source>
        <translation>Aperçu de la clause</translation>
    </message>
    <message>
        <source>&amp;Insert Clause</source>
        <translation>&amp;Insérer la clause</translation>
    </message>
    <message>
        <source>Insert the clause into the draft (Enter)</source>
        <translation>Insérer la clause dans le projet (Entrée)</translation>
    </message>
    <message>
        <source>Replace the text of the paragraph being edited by this clause (undoable)</source>
        <translation>Remplacer le texte du paragraphe en cours de modification par cette clause (annulable)</translation>
    </message>
    <message>
        <source>&amp;Edit Clause…</source>
        <translation>&amp;Modifier la clause…</translation>
    </message>
    <message>
        <source>Change the clause&apos;s text, tags or note (a new version)</source>
        <translation>Modifier le texte, les mots-clés ou la note de la clause (une nouvelle version)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Create, rename, delete, import or export libraries</source>
        <translation>Créer, renommer, supprimer, importer ou exporter des bibliothèques</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Rename Library…</source>
        <translation>&amp;Renommer la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Delete Library…</source>
        <translation>&amp;Supprimer la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Import Library File…</source>
        <translation>&amp;Importer un fichier de bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Export Library File…</source>
        <translation>E&amp;xporter un fichier de bibliothèque…</translation>
    </message>
    <message>
        <source>Add &amp;Resolution Texts…</source>
        <translation>Ajouter des textes de &amp;résolutions…</translation>
    </message>
    <message>
        <source>Every paragraph of the chosen resolutions becomes a clause, citing its source</source>
        <translation>Chaque paragraphe des résolutions choisies devient une clause qui cite sa source</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>Toutes les bibliothèques</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>No clause matches these words.</source>
        <translation>Aucune clause ne correspond à ces mots.</translation>
    </message>
    <message>
        <source>&amp;Replace Paragraph Text</source>
        <translation>&amp;Remplacer le texte du paragraphe</translation>
    </message>
    <message>
        <source>Clauses of the built-in library cannot be changed; save them to a library of yours</source>
        <translation>Les clauses de la bibliothèque intégrée ne peuvent pas être modifiées&#xa0;; enregistrez-les dans une de vos bibliothèques</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a clause to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez une clause pour l’afficher ici.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Fill in: {names}</source>
        <translation>À remplir&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Saved {key}, version {version}.</source>
        <translation>{key} enregistrée, version {version}.</translation>
    </message>
    <message>
        <source>The library &apos;{name}&apos; comes with DraftDesk and cannot be changed.</source>
        <translation>La bibliothèque «&#xa0;{name}&#xa0;» est fournie avec DraftDesk et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Created library &apos;{name}&apos;.</source>
        <translation>Bibliothèque «&#xa0;{name}&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Choose the library to rename in the list above.</source>
        <translation>Choisissez dans la liste ci-dessus la bibliothèque à renommer.</translation>
    </message>
    <message>
        <source>Renamed library &apos;{old}&apos; to &apos;{name}&apos;.</source>
        <translation>Bibliothèque «&#xa0;{old}&#xa0;» renommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the library to delete in the list above.</source>
        <translation>Choisissez dans la liste ci-dessus la bibliothèque à supprimer.</translation>
    </message>
    <message>
        <source>Delete library</source>
        <translation>Supprimer la bibliothèque</translation>
    </message>
    <message>
        <source>Delete the library “{name}” and its 1 clause? Drafts keep the text they inserted. This cannot be undone.</source>
        <translation>Supprimer la bibliothèque «&#xa0;{name}&#xa0;» et sa clause&#xa0;? Les projets gardent le texte qu’ils ont inséré. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete the library “{name}” and its {count} clauses? Drafts keep the text they inserted. This cannot be undone.</source>
        <translation>Supprimer la bibliothèque «&#xa0;{name}&#xa0;» et ses {count} clauses&#xa0;? Les projets gardent le texte qu’ils ont inséré. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot delete the library</source>
        <translation>Impossible de supprimer la bibliothèque</translation>
    </message>
    <message>
        <source>Deleted library &apos;{name}&apos;.</source>
        <translation>Bibliothèque «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Import clause library</source>
        <translation>Importer une bibliothèque de clauses</translation>
    </message>
    <message>
        <source>Cannot import the library</source>
        <translation>Impossible d’importer la bibliothèque</translation>
    </message>
    <message>
        <source>Library &apos;{library}&apos;: {added} clauses added, {duplicates} duplicates skipped.</source>
        <translation>Bibliothèque «&#xa0;{library}&#xa0;»&#xa0;: {added} clauses ajoutées, {duplicates} doublons ignorés.</translation>
    </message>
    <message>
        <source>Choose the library to export in the list above.</source>
        <translation>Choisissez dans la liste ci-dessus la bibliothèque à exporter.</translation>
    </message>
    <message>
        <source>Export library “{library}”</source>
        <translation>Exporter la bibliothèque «&#xa0;{library}&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot export the library</source>
        <translation>Impossible d’exporter la bibliothèque</translation>
    </message>
    <message>
        <source>Exported {count} clauses of &apos;{library}&apos; to {path}.</source>
        <translation>{count} clauses de «&#xa0;{library}&#xa0;» exportées vers {path}.</translation>
    </message>
    <message>
        <source>Add resolution texts to a library</source>
        <translation>Ajouter des textes de résolutions à une bibliothèque</translation>
    </message>
    <message>
        <source>Cannot add the texts</source>
        <translation>Impossible d’ajouter les textes</translation>
    </message>
    <message>
        <source>Library &apos;{library}&apos;: {added} clauses added from 1 text, {duplicates} duplicates skipped.</source>
        <translation>Bibliothèque «&#xa0;{library}&#xa0;»&#xa0;: {added} clauses ajoutées à partir d’un texte, {duplicates} doublons ignorés.</translation>
    </message>
    <message>
        <source>Library &apos;{library}&apos;: {added} clauses added from {texts} texts, {duplicates} duplicates skipped.</source>
        <translation>Bibliothèque «&#xa0;{library}&#xa0;»&#xa0;: {added} clauses ajoutées à partir de {texts} textes, {duplicates} doublons ignorés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DraftDesk drafts (*.draftdesk);;All files (*)</source>
        <translation>Projets DraftDesk (*.draftdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>un texte OpenDocument</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un document RTF</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rétablir {change}</translation>
    </message>
    <message>
        <source>Select a paragraph first.</source>
        <translation>Sélectionnez d’abord un paragraphe.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de le fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>No recent drafts</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Save draft as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Import text file</source>
        <translation>Importer un fichier texte</translation>
    </message>
    <message>
        <source>Cannot import the text</source>
        <translation>Impossible d’importer le texte</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>Check before export</source>
        <translation>Vérifier avant d’exporter</translation>
    </message>
    <message>
        <source>The exported document would show these problems:

{problems}

Export anyway (Yes), or cancel and fix them first?</source>
        <translation>Le document exporté présenterait ces problèmes&#xa0;:

{problems}

Exporter quand même (Oui), ou annuler et les corriger d’abord&#xa0;?</translation>
    </message>
    <message>
        <source>The {what} was written to
{path}</source>
        <translation>Le {what} a été écrit dans
{path}</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Écriture du document Word…</translation>
    </message>
    <message>
        <source>a Word 97-2003 document</source>
        <translation>un document Word 97-2003</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>{name} is {kind}: DraftDesk opens .draftdesk drafts, PDF, Word (.docx) and text files; save it as .docx, or copy the text and use Import text.</source>
        <translation>{name} est {kind}&#xa0;: DraftDesk ouvre les projets .draftdesk et les fichiers PDF, Word (.docx) et texte&#xa0;; enregistrez-le en .docx, ou copiez le texte et utilisez Importer du texte.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>New draft from an adopted resolution</source>
        <translation>Nouveau projet à partir d’une résolution adoptée</translation>
    </message>
    <message>
        <source>Cannot roll the resolution over</source>
        <translation>Impossible de préparer le nouveau projet à partir de la résolution</translation>
    </message>
    <message>
        <source>{name} next session</source>
        <translation>{name} prochaine session</translation>
    </message>
    <message>
        <source>Next session&apos;s draft from {name}: check the import notes</source>
        <translation>Projet de la prochaine session à partir de {name}&#xa0;: vérifiez les notes d’importation</translation>
    </message>
    <message>
        <source>Last year&apos;s sponsors</source>
        <translation>Auteurs de l’année dernière</translation>
    </message>
    <message>
        <source>Last year&apos;s sponsors were {names}. Start the new draft with them? (You can change them in Draft Details.)</source>
        <translation>Les auteurs de l’année dernière étaient {names}. Commencer le nouveau projet avec eux&#xa0;? (Vous pouvez les modifier dans Détails du projet.)</translation>
    </message>
    <message>
        <source>Opening {name}; one file at a time</source>
        <translation>Ouverture de {name}&#xa0;; un fichier à la fois</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <source>Select the paragraph to add a sub-paragraph to.</source>
        <translation>Sélectionnez le paragraphe auquel ajouter un alinéa.</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph&apos;s text first.</source>
        <translation>Placez d’abord le curseur dans le texte d’un paragraphe.</translation>
    </message>
    <message>
        <source>Headings take no footnotes or references.</source>
        <translation>Les intertitres ne prennent ni notes de bas de page ni renvois.</translation>
    </message>
    <message>
        <source>The draft has no footnotes yet.</source>
        <translation>Le projet n’a pas encore de notes de bas de page.</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cannot recover the draft</source>
        <translation>Impossible de récupérer le projet</translation>
    </message>
    <message>
        <source>an unsaved draft</source>
        <translation>un projet non enregistré</translation>
    </message>
    <message>
        <source>Recover draft</source>
        <translation>Récupérer le projet</translation>
    </message>
    <message>
        <source>DraftDesk did not close normally. Recover the last autosaved copy of {name}?</source>
        <translation>DraftDesk ne s’est pas fermé normalement. Récupérer la dernière copie enregistrée automatiquement de {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Recovered the autosaved draft; save it to keep it.</source>
        <translation>Projet enregistré automatiquement récupéré&#xa0;; enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Your draft is safe: an up-to-date copy is in the recovery file.</source>
        <translation>Votre projet est en sécurité&#xa0;: une copie à jour se trouve dans le fichier de récupération.</translation>
    </message>
    <message>
        <source>Save your draft under a new name to be safe.</source>
        <translation>Par précaution, enregistrez votre projet sous un nouveau nom.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>DraftDesk hit an internal error: {error}</source>
        <translation>DraftDesk a rencontré une erreur interne&#xa0;: {error}</translation>
    </message>
    <message>
        <source>About DraftDesk</source>
        <translation>À propos de DraftDesk</translation>
    </message>
    <message>
        <source>A drafting assistant for United Nations draft resolutions: compose the preamble, operative paragraphs and footnotes; numbering, punctuation and cross-references follow the structure; export a Word document laid out like an L-document.</source>
        <translation>Un assistant de rédaction de projets de résolution de l’Organisation des Nations Unies&#xa0;: rédigez le préambule, les paragraphes du dispositif et les notes de bas de page&#xa0;; la numérotation, la ponctuation et les renvois suivent la structure&#xa0;; exportez un document Word mis en page comme un document L.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licence MIT.</translation>
    </message>
    <message>
        <source>Indent / outdent in the outline</source>
        <translation>Augmenter / réduire le retrait dans le plan</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Delete paragraph in the outline</source>
        <translation>Supprimer un paragraphe dans le plan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Split the paragraph at the cursor (new paragraph at the end)</source>
        <translation>Scinder le paragraphe au curseur (nouveau paragraphe à la fin)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <source>Italic in a footnote</source>
        <translation>Italique dans une note de bas de page</translation>
    </message>
    <message>
        <source>Ctrl+I or *asterisks*</source>
        <translation>Ctrl+I ou *astérisques*</translation>
    </message>
    <message>
        <source>Delete footnote in the footnote list</source>
        <translation>Supprimer une note dans la liste des notes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>NewDraftWizard</name>
    <message>
        <source>General Assembly, &amp;plenary</source>
        <translation>Assemblée générale, &amp;plénière</translation>
    </message>
    <message>
        <source>General Assembly, Main &amp;Committee</source>
        <translation>Assemblée générale, &amp;grande commission</translation>
    </message>
    <message>
        <source>General Assembly, &amp;emergency special session</source>
        <translation>Assemblée générale, session extraordinaire d’&amp;urgence</translation>
    </message>
    <message>
        <source>&amp;Security Council</source>
        <translation>Conseil de &amp;sécurité</translation>
    </message>
    <message>
        <source>Economic and Social C&amp;ouncil (ECOSOC)</source>
        <translation>C&amp;onseil économique et social (ECOSOC)</translation>
    </message>
    <message>
        <source>&amp;Human Rights Council</source>
        <translation>Conseil des droits de l’&amp;homme</translation>
    </message>
    <message>
        <source>First Committee (Disarmament and International Security)</source>
        <translation>Première Commission (Désarmement et sécurité internationale)</translation>
    </message>
    <message>
        <source>Second Committee (Economic and Financial)</source>
        <translation>Deuxième Commission (Questions économiques et financières)</translation>
    </message>
    <message>
        <source>Third Committee (Social, Humanitarian and Cultural)</source>
        <translation>Troisième Commission (Questions sociales, humanitaires et culturelles)</translation>
    </message>
    <message>
        <source>Fourth Committee (Special Political and Decolonization)</source>
        <translation>Quatrième Commission (Questions politiques spéciales et décolonisation)</translation>
    </message>
    <message>
        <source>Fifth Committee (Administrative and Budgetary)</source>
        <translation>Cinquième Commission (Questions administratives et budgétaires)</translation>
    </message>
    <message>
        <source>Sixth Committee (Legal)</source>
        <translation>Sixième Commission (Questions juridiques)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>symbol not yet assigned</source>
        <translation>cote pas encore attribuée</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>no sponsors yet</source>
        <translation>pas encore d’auteurs</translation>
    </message>
    <message>
        <source>title not yet given</source>
        <translation>titre pas encore indiqué</translation>
    </message>
    <message>
        <source>New draft resolution</source>
        <translation>Nouveau projet de résolution</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>First page as it will print</source>
        <translation>La première page telle qu’elle s’imprimera</translation>
    </message>
    <message>
        <source>Draft details</source>
        <translation>Détails du projet</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Prints as: {line}</source>
        <translation>S’imprime&#xa0;: {line}</translation>
    </message>
    <message>
        <source>No agenda item yet: none will print.</source>
        <translation>Pas encore de point de l’ordre du jour&#xa0;: aucun ne s’imprimera.</translation>
    </message>
    <message>
        <source>(no sponsors yet)</source>
        <translation>(pas encore d’auteurs)</translation>
    </message>
    <message>
        <source>e.g. {symbol} (optional)</source>
        <translation>p. ex. {symbol} (facultatif)</translation>
    </message>
    <message>
        <source>Check the symbol: {problem}.</source>
        <translation>Vérifiez la cote&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The symbol fits this body.</source>
        <translation>La cote correspond à cet organe.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Import notes</source>
        <translation>Notes d’importation</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>Drafts and resolutions (*.draftdesk *.pdf *.docx *.txt)</source>
        <translation>Projets et résolutions (*.draftdesk *.pdf *.docx *.txt)</translation>
    </message>
    <message>
        <source>DraftDesk drafts (*.draftdesk)</source>
        <translation>Projets DraftDesk (*.draftdesk)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Adopted resolutions (*.pdf *.docx *.txt *.draftdesk)</source>
        <translation>Résolutions adoptées (*.pdf *.docx *.txt *.draftdesk)</translation>
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
        <translation>Préambule</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Part {letter}: {section}</source>
        <translation>Partie {letter}&#xa0;: {section}</translation>
    </message>
    <message>
        <source>(heading)</source>
        <translation>(intertitre)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Select to edit the annex&apos;s heading and title</source>
        <translation>Sélectionnez pour modifier l’intitulé et le titre de l’annexe</translation>
    </message>
    <message>
        <source>Select to edit the part&apos;s letter and title</source>
        <translation>Sélectionnez pour modifier la lettre et le titre de la partie</translation>
    </message>
    <message>
        <source>Refers to a deleted paragraph. {text}</source>
        <translation>Renvoie à un paragraphe supprimé. {text}</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline of the draft</source>
        <translation>Plan du projet</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>Word document</source>
        <translation>document Word</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export Submission Manuscript</source>
        <translation>Exporter le manuscrit à soumettre</translation>
    </message>
    <message>
        <source>submission manuscript</source>
        <translation>manuscrit à soumettre</translation>
    </message>
    <message>
        <source>Export as Plain Text</source>
        <translation>Exporter en texte brut</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l’imprimante</translation>
    </message>
    <message>
        <source>Sent 1 page to {printer}</source>
        <translation>1 page envoyée à {printer}</translation>
    </message>
    <message>
        <source>Sent {count} pages to {printer}</source>
        <translation>{count} pages envoyées à {printer}</translation>
    </message>
</context>
<context>
    <name>ParagraphEditor</name>
    <message>
        <source>Footnote</source>
        <translation>Note de bas de page</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>Select a paragraph in the outline</source>
        <translation>Sélectionnez un paragraphe dans le plan</translation>
    </message>
    <message>
        <source>Opening phrase, e.g. Recalling or Requests</source>
        <translation>Expression initiale, p. ex. Rappelant ou Prie</translation>
    </message>
    <message>
        <source>Opening phrase</source>
        <translation>Expression initiale</translation>
    </message>
    <message>
        <source>Text of the paragraph, without its number or end punctuation</source>
        <translation>Texte du paragraphe, sans son numéro ni la ponctuation finale</translation>
    </message>
    <message>
        <source>&amp;Opening phrase:</source>
        <translation>&amp;Expression initiale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Text of the heading, e.g. Follow-up</source>
        <translation>Texte de l’intertitre, p. ex. Suivi</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Sub-paragraph {label}</source>
        <translation>Alinéa {label}</translation>
    </message>
    <message>
        <source>Preambular paragraph {number}</source>
        <translation>Alinéa {number} du préambule</translation>
    </message>
    <message>
        <source>Operative paragraph {label}</source>
        <translation>Paragraphe {label} du dispositif</translation>
    </message>
    <message>
        <source>(unnumbered)</source>
        <translation>(non numéroté)</translation>
    </message>
    <message>
        <source>Ends with “{ending}”, as its text has it</source>
        <translation>Se termine par «&#xa0;{ending}&#xa0;», comme son texte l’indique</translation>
    </message>
    <message>
        <source>Ends without punctuation, as its text has it</source>
        <translation>Se termine sans ponctuation, comme son texte l’indique</translation>
    </message>
    <message>
        <source>Ends with “{ending}”</source>
        <translation>Se termine par «&#xa0;{ending}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ParagraphTextEdit</name>
    <message>
        <source>Paragraph text</source>
        <translation>Texte du paragraphe</translation>
    </message>
</context>
<context>
    <name>PartActions</name>
    <message>
        <source>The text is now in parts: its paragraphs are part A, and part {letter} follows with its own formula.</source>
        <translation>Le texte est maintenant en plusieurs parties&#xa0;: ses paragraphes forment la partie A, et la partie {letter} suit avec sa propre formule.</translation>
    </message>
    <message>
        <source>Part {letter} added: type its title if it has one, then Enter to write its first paragraph.</source>
        <translation>Partie {letter} ajoutée&#xa0;: tapez son titre si elle en a un, puis Entrée pour rédiger son premier paragraphe.</translation>
    </message>
    <message>
        <source>Select part B (or a later part) or one of its paragraphs first.</source>
        <translation>Sélectionnez d’abord la partie B (ou une partie suivante) ou l’un de ses paragraphes.</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Retirer la partie</translation>
    </message>
    <message>
        <source>Remove part {letter} and its {count} paragraphs? Undo brings them back.</source>
        <translation>Retirer la partie {letter} et ses {count}&#xa0;paragraphes&#xa0;? Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Part {letter} removed; Undo brings it back.</source>
        <translation>Partie {letter} retirée&#xa0;; Annuler la rétablit.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part letter</source>
        <translation>Lettre de la partie</translation>
    </message>
    <message>
        <source>Part title</source>
        <translation>Titre de la partie</translation>
    </message>
    <message>
        <source>Most parts have none</source>
        <translation>La plupart des parties n’en ont pas</translation>
    </message>
    <message>
        <source>Each part prints its letter and the formula again, and its paragraphs are numbered afresh; footnotes run on across the parts. Select a paragraph under the part in the outline to edit it.</source>
        <translation>Chaque partie imprime sa lettre et de nouveau la formule, et ses paragraphes sont numérotés à nouveau&#xa0;; les notes se suivent d’une partie à l’autre. Sélectionnez un paragraphe sous la partie dans le plan pour le modifier.</translation>
    </message>
    <message>
        <source>Add &amp;Paragraph to Part</source>
        <translation>Ajouter un &amp;paragraphe à la partie</translation>
    </message>
    <message>
        <source>&amp;Remove Part</source>
        <translation>&amp;Retirer la partie</translation>
    </message>
    <message>
        <source>Remove the part and its paragraphs (Undo brings them back)</source>
        <translation>Retirer la partie et ses paragraphes (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>No part selected</source>
        <translation>Aucune partie sélectionnée</translation>
    </message>
    <message>
        <source>Part {letter}</source>
        <translation>Partie {letter}</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Import pasted text</source>
        <translation>Importer du texte collé</translation>
    </message>
    <message>
        <source>Paste the whole draft here: masthead, sponsors, title, “The General Assembly,”, the paragraphs and the footnotes.</source>
        <translation>Collez ici tout le projet&#xa0;: en-tête, auteurs, titre, «&#xa0;L’Assemblée générale,&#xa0;», les paragraphes et les notes de bas de page.</translation>
    </message>
    <message>
        <source>&amp;Text of the draft:</source>
        <translation>&amp;Texte du projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Read a Text File…</source>
        <translation>&amp;Lire un fichier texte…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Read a text file</source>
        <translation>Lire un fichier texte</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
</context>
<context>
    <name>PhraseList</name>
    <message>
        <source>An operative paragraph opens with a verb such as “{first}” or “{second}”.</source>
        <translation>Un paragraphe du dispositif commence par un verbe comme «&#xa0;{first}&#xa0;» ou «&#xa0;{second}&#xa0;».</translation>
    </message>
    <message>
        <source>“{lead}” agrees with the organ as “{agreed}”.</source>
        <translation>«&#xa0;{lead}&#xa0;» s’accorde avec l’organe&#xa0;: «&#xa0;{agreed}&#xa0;».</translation>
    </message>
    <message>
        <source>“{lead}” is not a standard preambular opening phrase.</source>
        <translation>«&#xa0;{lead}&#xa0;» n’est pas une expression initiale habituelle d’un alinéa du préambule.</translation>
    </message>
    <message>
        <source>“{lead}” is not a standard operative opening phrase.</source>
        <translation>«&#xa0;{lead}&#xa0;» n’est pas une expression initiale habituelle d’un paragraphe du dispositif.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>operative paragraph {label}</source>
        <translation>paragraphe {label} du dispositif</translation>
    </message>
    <message>
        <source>preambular paragraph {number}</source>
        <translation>alinéa {number} du préambule</translation>
    </message>
    <message>
        <source>subparagraph {label} of preambular paragraph {number}</source>
        <translation>sous-alinéa {label} de l’alinéa {number} du préambule</translation>
    </message>
    <message>
        <source>paragraph {label} of the annex</source>
        <translation>paragraphe {label} de l’annexe</translation>
    </message>
    <message>
        <source>paragraph {label} of annex {numeral}</source>
        <translation>paragraphe {label} de l’annexe {numeral}</translation>
    </message>
    <message>
        <source>paragraph {label} of {heading}</source>
        <translation>paragraphe {label} de {heading}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {label} of the annex</source>
        <translation>paragraphe non numéroté {label} de l’annexe</translation>
    </message>
    <message>
        <source>unnumbered paragraph {label} of annex {numeral}</source>
        <translation>paragraphe non numéroté {label} de l’annexe {numeral}</translation>
    </message>
    <message>
        <source>unnumbered paragraph {label} of {heading}</source>
        <translation>paragraphe non numéroté {label} de {heading}</translation>
    </message>
    <message>
        <source>{place} of resolution {letter}</source>
        <translation>{place} de la résolution {letter}</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>page {number}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>paragraph {number} of the Word file</source>
        <translation>paragraphe {number} du fichier Word</translation>
    </message>
    <message>
        <source>paragraphs {numbers} of the Word file</source>
        <translation>paragraphes {numbers} du fichier Word</translation>
    </message>
    <message>
        <source>paragraphs {numbers} … of the Word file</source>
        <translation>paragraphes {numbers} … du fichier Word</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>General Assembly (plenary)</source>
        <translation>Assemblée générale (plénière)</translation>
    </message>
    <message>
        <source>General Assembly (Main Committee)</source>
        <translation>Assemblée générale (grande commission)</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>Conseil de sécurité</translation>
    </message>
    <message>
        <source>Economic and Social Council</source>
        <translation>Conseil économique et social</translation>
    </message>
    <message>
        <source>Human Rights Council</source>
        <translation>Conseil des droits de l’homme</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nom de l’auteur</translation>
    </message>
    <message>
        <source>e.g. Maria Fernández (shown on tracked changes)</source>
        <translation>p. ex. Maria Fernández (affiché dans le suivi des modifications)</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervalle d’enregistrement automatique en secondes</translation>
    </message>
    <message>
        <source>Default body</source>
        <translation>Organe par défaut</translation>
    </message>
    <message>
        <source>Preview zoom</source>
        <translation>Zoom de l’aperçu</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nom de l’auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales&#xa0;:</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>Enregistrement &amp;automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;body:</source>
        <translation>&amp;Organe par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Preview &amp;zoom:</source>
        <translation>&amp;Zoom de l’aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>A new interface language shows the next time DraftDesk starts.</source>
        <translation>Une nouvelle langue de l’interface s’applique au prochain démarrage de DraftDesk.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the printed draft</source>
        <translation>Aperçu du projet imprimé</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Page Width</source>
        <translation>&amp;Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>&amp;Two Pages Side by Side</source>
        <translation>&amp;Deux pages côte à côte</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cannot start painting the pages</source>
        <translation>impossible de commencer à dessiner les pages</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SaveToLibraryDialog</name>
    <message>
        <source>Save to Library</source>
        <translation>Enregistrer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Save this paragraph ({listed}) as a clause.</source>
        <translation>Enregistrer ce paragraphe ({listed}) comme clause.</translation>
    </message>
    <message>
        <source>Save these {count} paragraphs as clauses: {listed}.</source>
        <translation>Enregistrer ces {count} paragraphes comme clauses&#xa0;: {listed}.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>A library of yours, or a new name</source>
        <translation>Une de vos bibliothèques, ou un nouveau nom</translation>
    </message>
    <message>
        <source>My clauses</source>
        <translation>Mes clauses</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>e.g. migration, report (commas between tags)</source>
        <translation>p. ex. migrations, rapport (mots-clés séparés par des virgules)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why this wording, where it was negotiated…</source>
        <translation>Pourquoi ce libellé, où il a été négocié…</translation>
    </message>
    <message>
        <source>&amp;Agreed language: record where it was adopted</source>
        <translation>&amp;Libellé convenu&#xa0;: indiquer où il a été adopté</translation>
    </message>
    <message>
        <source>Source symbol</source>
        <translation>Cote de la source</translation>
    </message>
    <message>
        <source>e.g. A/RES/73/7</source>
        <translation>p. ex. A/RES/73/7</translation>
    </message>
    <message>
        <source>Source paragraph</source>
        <translation>Paragraphe de la source</translation>
    </message>
    <message>
        <source>e.g. para. 4</source>
        <translation>p. ex. par. 4</translation>
    </message>
    <message>
        <source>each paragraph&apos;s own number</source>
        <translation>le numéro de chaque paragraphe</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;symbol:</source>
        <translation>&amp;Cote de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;paragraph:</source>
        <translation>&amp;Paragraphe de la source&#xa0;:</translation>
    </message>
    <message>
        <source>A new library “{name}” will be created.</source>
        <translation>Une nouvelle bibliothèque «&#xa0;{name}&#xa0;» sera créée.</translation>
    </message>
    <message>
        <source>the library &apos;{name}&apos; comes with DraftDesk and cannot be changed; choose or name a library of your own</source>
        <translation>la bibliothèque «&#xa0;{name}&#xa0;» est fournie avec DraftDesk et ne peut pas être modifiée&#xa0;; choisissez ou nommez une de vos bibliothèques</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <source>New preambular paragraph</source>
        <translation>Nouvel alinéa du préambule</translation>
    </message>
    <message>
        <source>New operative paragraph</source>
        <translation>Nouveau paragraphe du dispositif</translation>
    </message>
    <message>
        <source>New sub-paragraph</source>
        <translation>Nouvel alinéa</translation>
    </message>
    <message>
        <source>New heading</source>
        <translation>Nouvel intertitre</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Scinder le paragraphe</translation>
    </message>
    <message>
        <source>Paste paragraphs</source>
        <translation>Coller des paragraphes</translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation>Supprimer le paragraphe</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Augmenter le retrait</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Réduire le retrait</translation>
    </message>
    <message>
        <source>Move paragraph</source>
        <translation>Déplacer le paragraphe</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>Insérer une clause</translation>
    </message>
    <message>
        <source>Change draft details</source>
        <translation>Modifier les détails du projet</translation>
    </message>
    <message>
        <source>Add annex</source>
        <translation>Ajouter une annexe</translation>
    </message>
    <message>
        <source>Remove annex</source>
        <translation>Retirer l’annexe</translation>
    </message>
    <message>
        <source>Change annex heading</source>
        <translation>Modifier l’intitulé de l’annexe</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Retirer la partie</translation>
    </message>
    <message>
        <source>Change part letter</source>
        <translation>Changer la lettre de la partie</translation>
    </message>
    <message>
        <source>Insert footnote</source>
        <translation>Insérer une note de bas de page</translation>
    </message>
    <message>
        <source>Cite footnote</source>
        <translation>Citer une note de bas de page</translation>
    </message>
    <message>
        <source>Edit footnote</source>
        <translation>Modifier la note de bas de page</translation>
    </message>
    <message>
        <source>Delete footnote</source>
        <translation>Supprimer la note de bas de page</translation>
    </message>
    <message>
        <source>Insert cross-reference</source>
        <translation>Insérer un renvoi</translation>
    </message>
    <message>
        <source>a deleted paragraph</source>
        <translation>un paragraphe supprimé</translation>
    </message>
    <message>
        <source>a heading in the preambular part</source>
        <translation>un intertitre du préambule</translation>
    </message>
    <message>
        <source>a heading in the operative part</source>
        <translation>un intertitre du dispositif</translation>
    </message>
    <message>
        <source>sub-paragraph {label}</source>
        <translation>alinéa {label}</translation>
    </message>
    <message>
        <source>preambular paragraph {number}</source>
        <translation>alinéa {number} du préambule</translation>
    </message>
    <message>
        <source>operative paragraph {label}</source>
        <translation>paragraphe {label} du dispositif</translation>
    </message>
    <message>
        <source>(unnumbered)</source>
        <translation>(non numéroté)</translation>
    </message>
    <message>
        <source>{paragraph} of part {letter}</source>
        <translation>{paragraph} de la partie {letter}</translation>
    </message>
    <message>
        <source>a heading in {annex}</source>
        <translation>un intertitre de {annex}</translation>
    </message>
    <message>
        <source>sub-paragraph {label} in {annex}</source>
        <translation>alinéa {label} de {annex}</translation>
    </message>
    <message>
        <source>paragraph {label} of {annex}</source>
        <translation>paragraphe {label} de {annex}</translation>
    </message>
    <message>
        <source>an unnumbered paragraph of {annex}</source>
        <translation>un paragraphe non numéroté de {annex}</translation>
    </message>
    <message>
        <source>{paragraph} refers to a deleted paragraph (prints as “[deleted paragraph]”).</source>
        <translation>{paragraph} renvoie à un paragraphe supprimé (s’imprime «&#xa0;[deleted paragraph]&#xa0;»).</translation>
    </message>
    <message>
        <source>{paragraph} is empty.</source>
        <translation>{paragraph} est vide.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Which session?</source>
        <translation>Quelle session&#xa0;?</translation>
    </message>
    <message>
        <source>The session line prints in words, as the UN prints it. Up and Down change the number.</source>
        <translation>La ligne de la session s’imprime en lettres, comme l’ONU l’imprime. Les flèches haut et bas changent le numéro.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Session number:</source>
        <translation>Numéro de la &amp;session&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 27 February–24 March 2017</source>
        <translation>p. ex. 27 February–24 March 2017</translation>
    </message>
    <message>
        <source>Session &amp;dates:</source>
        <translation>&amp;Dates de la session&#xa0;:</translation>
    </message>
    <message>
        <source>Prints as:</source>
        <translation>S’imprime&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year of the session:</source>
        <translation>&amp;Année de la session&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency special &amp;session:</source>
        <translation>Session extraordinaire d’&amp;urgence&#xa0;:</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>L’année doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>The session number must be between {low} and {high}.</source>
        <translation>Le numéro de la session doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Dates print with an en dash: 27 February–24 March 2017.</source>
        <translation>Les dates s’impriment avec un tiret demi-cadratin&#xa0;: 27 February–24 March 2017.</translation>
    </message>
</context>
<context>
    <name>SponsorsPage</name>
    <message>
        <source>Sponsors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Pick the sponsoring States; the line prints them in UN order, observer States last.</source>
        <translation>Choisissez les États auteurs&#xa0;; la ligne les imprime dans l’ordre de l’ONU, les États observateurs en dernier.</translation>
    </message>
    <message>
        <source>Sponsored by &amp;States</source>
        <translation>Présenté par des &amp;États</translation>
    </message>
    <message>
        <source>Submitted by an &amp;officer:</source>
        <translation>Présenté par un membre du &amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Type part of a name, e.g. Ecu, then Enter</source>
        <translation>Tapez une partie d’un nom, p. ex. Équ, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Find a State:</source>
        <translation>&amp;Chercher un État&#xa0;:</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Sponsors, in &amp;UN order:</source>
        <translation>Auteurs, dans l’&amp;ordre de l’ONU&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add ›</source>
        <translation>&amp;Ajouter ›</translation>
    </message>
    <message>
        <source>‹ &amp;Remove</source>
        <translation>‹ &amp;Retirer</translation>
    </message>
    <message>
        <source>Prints as:</source>
        <translation>S’imprime&#xa0;:</translation>
    </message>
    <message>
        <source>{name}  (observer State)</source>
        <translation>{name}  (État observateur)</translation>
    </message>
    <message>
        <source>Not on the list of Member and observer States: {names}. Remove it or pick the UN short name.</source>
        <translation>Absent de la liste des États Membres et observateurs&#xa0;: {names}. Retirez-le ou choisissez le nom court de l’ONU.</translation>
    </message>
    <message>
        <source>Not on the list of Member and observer States: {names}. Remove them or pick the UN short names.</source>
        <translation>Absents de la liste des États Membres et observateurs&#xa0;: {names}. Retirez-les ou choisissez les noms courts de l’ONU.</translation>
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
        <translation>Rédigez un projet de résolution de l’Organisation des Nations Unies (préambule, paragraphes du dispositif, alinéas et notes de bas de page) et exportez-le en document Word mis en page comme un document L. La numérotation, la ponctuation et les lignes de la session et des auteurs découlent de ce que vous écrivez.</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>A short guided form: body, session, agenda item, sponsors, title and symbol.</source>
        <translation>Un court formulaire guidé&#xa0;: organe, session, point de l’ordre du jour, auteurs, titre et cote.</translation>
    </message>
    <message>
        <source>New draft from an &amp;adopted resolution…</source>
        <translation>Nouveau projet à partir d’une résolution &amp;adoptée…</translation>
    </message>
    <message>
        <source>Start next session&apos;s draft from last year&apos;s A/RES (PDF, Word or text).</source>
        <translation>Commencer le projet de la prochaine session à partir de la A/RES de l’année dernière (PDF, Word ou texte).</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Continue a DraftDesk draft, or read an official PDF, a Word file or a text.</source>
        <translation>Reprendre un projet DraftDesk, ou lire un PDF officiel, un fichier Word ou un texte.</translation>
    </message>
    <message>
        <source>&amp;Import text…</source>
        <translation>&amp;Importer du texte…</translation>
    </message>
    <message>
        <source>Paste the text of a draft or read a text file; paragraphs are recognized.</source>
        <translation>Collez le texte d’un projet ou lisez un fichier texte&#xa0;; les paragraphes sont reconnus.</translation>
    </message>
    <message>
        <source>Open the e&amp;xample (2007 Ecuador–Mexico draft)</source>
        <translation>Ouvrir l’e&amp;xemple (projet de l’Équateur et du Mexique, 2007)</translation>
    </message>
    <message>
        <source>The General Assembly draft on the Global Forum on Migration and Development.</source>
        <translation>Le projet de l’Assemblée générale sur le Forum mondial sur la migration et le développement.</translation>
    </message>
    <message>
        <source>&amp;Recent drafts</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>No recent drafts yet. Drafts you save or open appear here.</source>
        <translation>Pas encore de projets récents. Les projets que vous enregistrez ou ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <source>{name}  (not found)</source>
        <translation>{name}  (introuvable)</translation>
    </message>
    <message>
        <source>{path} — the file is no longer there</source>
        <translation>{path} — le fichier n’y est plus</translation>
    </message>
</context>
<context>
    <name>SymbolCheck</name>
    <message>
        <source>symbol {symbol} does not fit a Security Council draft such as S/2022/443</source>
        <translation>la cote {symbol} ne correspond pas à un projet du Conseil de sécurité tel que S/2022/443</translation>
    </message>
    <message>
        <source>symbol {symbol} is not a draft symbol such as A/62/L.25 or A/C.2/80/L.30</source>
        <translation>la cote {symbol} n’est pas celle d’un projet, comme A/62/L.25 ou A/C.2/80/L.30</translation>
    </message>
    <message>
        <source>symbol {symbol} should start with {organ}/ for this body</source>
        <translation>la cote {symbol} devrait commencer par {organ}/ pour cet organe</translation>
    </message>
    <message>
        <source>symbol {symbol} should read A/{want}/… for the {want} committee</source>
        <translation>la cote {symbol} devrait être A/{want}/… pour la commission {want}</translation>
    </message>
    <message>
        <source>symbol {symbol} should read A/HRC/… for the Human Rights Council</source>
        <translation>la cote {symbol} devrait être A/HRC/… pour le Conseil des droits de l’homme</translation>
    </message>
    <message>
        <source>symbol {symbol} names a subsidiary body; this draft is for the plenary</source>
        <translation>la cote {symbol} désigne un organe subsidiaire&#xa0;; ce projet est pour la plénière</translation>
    </message>
    <message>
        <source>symbol {symbol} should carry the emergency session, as in A/ES-10/L.25</source>
        <translation>la cote {symbol} devrait indiquer la session extraordinaire d’urgence, comme A/ES-10/L.25</translation>
    </message>
    <message>
        <source>symbol {symbol} names session {found}, not {session}</source>
        <translation>la cote {symbol} indique la session {found}, et non la {session}</translation>
    </message>
</context>
<context>
    <name>SymbolPage</name>
    <message>
        <source>Symbol, language and date</source>
        <translation>Cote, langue et date</translation>
    </message>
    <message>
        <source>The Secretariat assigns the symbol; leave it empty until you know it. A symbol that does not fit the body is flagged, not refused.</source>
        <translation>Le Secrétariat attribue la cote&#xa0;; laissez-la vide tant que vous ne la connaissez pas. Une cote qui ne correspond pas à l’organe est signalée, pas refusée.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Cote&#xa0;:</translation>
    </message>
    <message>
        <source>Original &amp;language:</source>
        <translation>&amp;Langue originale&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TemplateErrors</name>
    <message>
        <source>{where}: more than {limit} footnotes</source>
        <translation>{where}&#xa0;: plus de {limit} notes de bas de page</translation>
    </message>
    <message>
        <source>{where}: a footnote is not closed with &apos;]]&apos;</source>
        <translation>{where}&#xa0;: une note de bas de page n’est pas fermée par «&#xa0;]]&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: the clause is empty</source>
        <translation>{where}&#xa0;: la clause est vide</translation>
    </message>
    <message>
        <source>{where}: a footnote is empty</source>
        <translation>{where}&#xa0;: une note de bas de page est vide</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>la clause</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{problem} (line {line})</source>
        <translation>{problem} (ligne {line})</translation>
    </message>
    <message>
        <source>a session number is needed</source>
        <translation>un numéro de session est nécessaire</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is not a number from 1 to 999</source>
        <translation>{value} n’est pas un nombre de 1 à 999</translation>
    </message>
    <message>
        <source>{value} is not a date (use 2007-11-30)</source>
        <translation>{value} n’est pas une date (écrivez 2007-11-30)</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} n’est pas une date</translation>
    </message>
    <message>
        <source>join_and takes &apos;and&apos; or &apos;or&apos;</source>
        <translation>join_and accepte «&#xa0;and&#xa0;» ou «&#xa0;or&#xa0;»</translation>
    </message>
    <message>
        <source>{value} is not a list</source>
        <translation>{value} n’est pas une liste</translation>
    </message>
    <message>
        <source>attribute and item access are not allowed</source>
        <translation>l’accès aux attributs et aux éléments n’est pas autorisé</translation>
    </message>
    <message>
        <source>calls are not allowed</source>
        <translation>les appels ne sont pas autorisés</translation>
    </message>
    <message>
        <source>loops are not allowed</source>
        <translation>les boucles ne sont pas autorisées</translation>
    </message>
    <message>
        <source>conditions are not allowed</source>
        <translation>les conditions ne sont pas autorisées</translation>
    </message>
    <message>
        <source>arithmetic and comparisons are not allowed</source>
        <translation>l’arithmétique et les comparaisons ne sont pas autorisées</translation>
    </message>
    <message>
        <source>assignments are not allowed</source>
        <translation>les affectations ne sont pas autorisées</translation>
    </message>
    <message>
        <source>macros are not allowed</source>
        <translation>les macros ne sont pas autorisées</translation>
    </message>
    <message>
        <source>including other templates is not allowed</source>
        <translation>l’inclusion d’autres modèles n’est pas autorisée</translation>
    </message>
    <message>
        <source>blocks are not allowed</source>
        <translation>les blocs ne sont pas autorisés</translation>
    </message>
    <message>
        <source>tests are not allowed</source>
        <translation>les tests ne sont pas autorisés</translation>
    </message>
    <message>
        <source>literal lists and dictionaries are not allowed</source>
        <translation>les listes et dictionnaires littéraux ne sont pas autorisés</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not allowed</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas autorisé</translation>
    </message>
    <message>
        <source>unknown filter &apos;{name}&apos; (line {line})</source>
        <translation>filtre inconnu «&#xa0;{name}&#xa0;» (ligne {line})</translation>
    </message>
    <message>
        <source>filter &apos;{name}&apos; takes no keywords (line {line})</source>
        <translation>le filtre «&#xa0;{name}&#xa0;» n’accepte pas d’arguments nommés (ligne {line})</translation>
    </message>
    <message>
        <source>too many arguments to &apos;{name}&apos; (line {line})</source>
        <translation>trop d’arguments pour «&#xa0;{name}&#xa0;» (ligne {line})</translation>
    </message>
    <message>
        <source>filter arguments must be plain words or numbers (line {line})</source>
        <translation>les arguments d’un filtre doivent être des mots ou des nombres simples (ligne {line})</translation>
    </message>
    <message>
        <source>filter argument too long (line {line})</source>
        <translation>argument de filtre trop long (ligne {line})</translation>
    </message>
    <message>
        <source>filter blocks are not allowed (line {line})</source>
        <translation>les blocs de filtre ne sont pas autorisés (ligne {line})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a field name (line {line})</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas servir de nom de champ (ligne {line})</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>the template is too complex</source>
        <translation>le modèle est trop complexe</translation>
    </message>
    <message>
        <source>more than {limit} fields</source>
        <translation>plus de {limit} champs</translation>
    </message>
    <message>
        <source>{tag} blocks are not allowed (line {line})</source>
        <translation>les blocs {tag} ne sont pas autorisés (ligne {line})</translation>
    </message>
    <message>
        <source>brackets nest more than {limit} deep (line {line})</source>
        <translation>les parenthèses ou crochets s’imbriquent sur plus de {limit} niveaux (ligne {line})</translation>
    </message>
    <message>
        <source>more than {limit} filters on one field (line {line})</source>
        <translation>plus de {limit} filtres sur un champ (ligne {line})</translation>
    </message>
    <message>
        <source>{where}: the text must be a string</source>
        <translation>{where}&#xa0;: le texte doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>{where}: the text is {length} characters long (at most {limit} allowed)</source>
        <translation>{where}&#xa0;: le texte compte {length} caractères ({limit} au plus)</translation>
    </message>
    <message>
        <source>{where}: the value of &apos;{name}&apos; is too long</source>
        <translation>{where}&#xa0;: la valeur de «&#xa0;{name}&#xa0;» est trop longue</translation>
    </message>
    <message>
        <source>{where}: no value for field &apos;{name}&apos;</source>
        <translation>{where}&#xa0;: aucune valeur pour le champ «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: the rendered text is too long</source>
        <translation>{where}&#xa0;: le texte produit est trop long</translation>
    </message>
</context>
<context>
    <name>TitlePage</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The title prints in bold above the opening formula, without a full stop.</source>
        <translation>Le titre s’imprime en gras au-dessus de la formule d’introduction, sans point final.</translation>
    </message>
    <message>
        <source>e.g. Global Forum on Migration and Development</source>
        <translation>p. ex. Forum mondial sur la migration et le développement</translation>
    </message>
    <message>
        <source>Title of the draft resolution</source>
        <translation>Titre du projet de résolution</translation>
    </message>
    <message>
        <source>&amp;Title of the draft resolution:</source>
        <translation>&amp;Titre du projet de résolution&#xa0;:</translation>
    </message>
    <message>
        <source>A draft resolution of this body needs a title.</source>
        <translation>Un projet de résolution de cet organe doit avoir un titre.</translation>
    </message>
    <message>
        <source>A title takes no final full stop.</source>
        <translation>Un titre ne prend pas de point final.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>DraftDesk User Guide</source>
        <translation>Guide de l’utilisateur de DraftDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message>
        <source>Drafts and texts (*.draftdesk *.txt);;All files (*)</source>
        <translation>Projets et textes (*.draftdesk *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Base text: {name}</source>
        <translation>Texte de base&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>VersionErrors</name>
    <message>
        <source>the draft has no base text</source>
        <translation>le projet n’a pas de texte de base</translation>
    </message>
    <message>
        <source>a version needs a name</source>
        <translation>une version doit avoir un nom</translation>
    </message>
    <message>
        <source>a version name has at most {limit} characters</source>
        <translation>le nom d’une version compte {limit} caractères au plus</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>no version named {name} (versions: {known})</source>
        <translation>aucune version nommée {name} (versions&#xa0;: {known})</translation>
    </message>
    <message>
        <source>a version named {name} already exists; choose another name</source>
        <translation>une version nommée {name} existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{source}: not a resolution</source>
        <translation>{source}&#xa0;: ce n’est pas une résolution</translation>
    </message>
    <message>
        <source>{source}: has no preambular or operative paragraphs; not a resolution text</source>
        <translation>{source}&#xa0;: il n’a ni alinéas du préambule ni paragraphes du dispositif&#xa0;; ce n’est pas un texte de résolution</translation>
    </message>
    <message>
        <source>the base text</source>
        <translation>le texte de base</translation>
    </message>
</context>
<context>
    <name>VersionsActions</name>
    <message>
        <source>&amp;Restore Version</source>
        <translation>Res&amp;taurer la version</translation>
    </message>
    <message>
        <source>Zero draft</source>
        <translation>Avant-projet</translation>
    </message>
    <message>
        <source>Reading {number}</source>
        <translation>Lecture {number}</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Name of this version (for example “First reading”):</source>
        <translation>Nom de cette version (par exemple «&#xa0;Première lecture&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot save the version</source>
        <translation>Impossible d’enregistrer la version</translation>
    </message>
    <message>
        <source>Save Version “{name}”</source>
        <translation>Enregistrer la version «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Saved version “{name}”</source>
        <translation>Version «&#xa0;{name}&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>No saved versions</source>
        <translation>Aucune version enregistrée</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>Impossible de restaurer la version</translation>
    </message>
    <message>
        <source>Restore Version “{name}”</source>
        <translation>Restaurer la version «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot delete the version</source>
        <translation>Impossible de supprimer la version</translation>
    </message>
    <message>
        <source>Delete Version “{name}”</source>
        <translation>Supprimer la version «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Base Text</source>
        <translation>Texte de base</translation>
    </message>
    <message>
        <source>Cannot use this base text</source>
        <translation>Impossible d’utiliser ce texte de base</translation>
    </message>
    <message>
        <source>Set Base Text</source>
        <translation>Choisir le texte de base</translation>
    </message>
    <message>
        <source>Remove Base Text</source>
        <translation>Retirer le texte de base</translation>
    </message>
    <message>
        <source>Save a version or set a base text first: there is nothing to compare with.</source>
        <translation>Enregistrez d’abord une version ou choisissez un texte de base&#xa0;: il n’y a rien à comparer.</translation>
    </message>
    <message>
        <source>Preview: 1 paragraph marked against {text}</source>
        <translation>Aperçu&#xa0;: 1 paragraphe marqué par rapport à {text}</translation>
    </message>
    <message>
        <source>Preview: {count} paragraphs marked against {text}</source>
        <translation>Aperçu&#xa0;: {count} paragraphes marqués par rapport à {text}</translation>
    </message>
    <message>
        <source>Export with Changes</source>
        <translation>Exporter avec les modifications</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported {path} with the changes tracked</source>
        <translation>{path} exporté avec le suivi des modifications</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Double-click to compare a version with the current text</source>
        <translation>Double-cliquez pour comparer une version avec le texte actuel</translation>
    </message>
    <message>
        <source>No versions yet. Save one before each reading (File ▸ Save Version…).</source>
        <translation>Pas encore de versions. Enregistrez-en une avant chaque lecture (Fichier ▸ Enregistrer une version…).</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Enregistrer une version…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Choisir le texte de &amp;base…</translation>
    </message>
    <message>
        <source>Mark in &amp;Preview</source>
        <translation>Marquer dans l’&amp;aperçu</translation>
    </message>
    <message>
        <source>Change bars in the preview beside the paragraphs changed since the selected text</source>
        <translation>Barres de modification dans l’aperçu à côté des paragraphes modifiés depuis le texte sélectionné</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Replace the current text by the version “{name}”? (Edit ▸ Undo brings it back.)</source>
        <translation>Remplacer le texte actuel par la version «&#xa0;{name}&#xa0;»&#xa0;? (Édition ▸ Annuler le rétablit.)</translation>
    </message>
</context>
<context>
    <name>_AgendaRow</name>
    <message>
        <source>Agenda item number</source>
        <translation>Numéro du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Optional: b for Agenda item 70 (b)</source>
        <translation>Facultatif&#xa0;: b pour le point 70 b) de l’ordre du jour</translation>
    </message>
    <message>
        <source>Sub-item letter (optional)</source>
        <translation>Lettre du point subsidiaire (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Follow-up to the outcome of the Millennium Summit</source>
        <translation>p. ex. Suite à donner aux textes issus du Sommet du Millénaire</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Intitulé du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this agenda item</source>
        <translation>Retirer ce point de l’ordre du jour</translation>
    </message>
</context>
</TS>
