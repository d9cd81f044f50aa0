<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>docket::BlockListModel</name>
    <message>
        <source>%1 block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open question</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::ChatGenerator</name>
    <message numerus="yes">
        <source>The model server sent nothing for %n second(s); giving up.</source>
        <translation>
            <numerusform>The model server sent nothing for %n second; giving up.</numerusform>
            <numerusform>The model server sent nothing for %n seconds; giving up.</numerusform>
        </translation>
    </message>
    <message>
        <source>A generation is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document has no blocks to generate from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending part %1 of %2 to the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving part %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model server answered HTTP %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the model server failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model server reported an error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's answer for part %1 was cut off at its length limit; lower the part size in the generator settings or use a model with a larger context.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::Cli</name>
    <message>
        <source>Import a spec into typed blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List a workspace's blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate ticket drafts (tickets.result.v1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>docket: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>docket: internal error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Markdown or text spec into a workspace as typed blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file (created when missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the document and its blocks as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec to import (.md, .markdown, .txt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import takes exactly one spec file; see 'docket import --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import needs --workspace FILE.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported "%1" into %2: %n block(s).</source>
        <translation>
            <numerusform>Imported "%1" into %2: %n block.</numerusform>
            <numerusform>Imported "%1" into %2: %n blocks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the blocks of the documents in a workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this document's blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocks needs --workspace FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no document with id %1 in this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown block type "%1"; use %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate ticket drafts from a spec; prints tickets.result.v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the document and its drafts in this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules (default), ollama, openai or taskforge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only generate from these block types (comma-separated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model, for LLM generators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server, for LLM and TaskForge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the tickets.result.v1 document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec to generate from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generate takes exactly one spec file; see 'docket generate --help'.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Generated %n ticket draft(s) from "%1" in %2 ms.</source>
        <translation>
            <numerusform>Generated %n ticket draft from "%1" in %2 ms.</numerusform>
            <numerusform>Generated %n ticket drafts from "%1" in %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s), %1 open question(s).</source>
        <translation>
            <numerusform>%n risk, %1 open question.</numerusform>
            <numerusform>%n risks, %1 open questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: docket [WORKSPACE]          open the desktop app
       docket COMMAND [OPTIONS]    run a command without a window

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  --version
      Print the version.

Exit codes: 0 success, 1 user error (message on stderr), 2 internal error.
Run 'docket COMMAND --help' for a command's options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>docket: unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has not changed since it was imported into %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated "%1" in %2: %3 block(s) reworded, %4 added, %5 removed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the workspace holds %n document(s); name one with --document ID.</source>
        <translation>
            <numerusform>the workspace holds %n document; name one with --document ID.</numerusform>
            <numerusform>the workspace holds %n documents; name one with --document ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange ticket drafts as tickets.result.v1 JSON.
  drafts export --workspace FILE [--document ID]
  drafts import RESULT.json --workspace FILE [--document ID]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document (when several).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON (import: the stored result).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export or import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drafts takes export or import; see 'docket drafts --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drafts needs --workspace FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drafts import takes one tickets.result.v1 file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at character %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not tickets.result.v1 (schema_version "%2").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>docket: warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n draft(s) as tickets.</source>
        <translation>
            <numerusform>Imported %n draft as tickets.</numerusform>
            <numerusform>Imported %n drafts as tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export or import ticket drafts as tickets.result.v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status "%1"; use generated, reviewed, pushed, push_failed or synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--priority takes P0, P1, P2, P3 or none, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--type takes epic, story, task, bug or spike, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--points takes a number or none, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the edit breaks the ticket rules, nothing was saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Marked %n ticket(s) reviewed.</source>
        <translation>
            <numerusform>Marked %n ticket reviewed.</numerusform><numerusform>Marked %n tickets reviewed.</numerusform></translation>
    </message>
    <message>
        <source>List, show, edit and review tickets; every edit lands in the activity log.
  tickets list --workspace FILE [--document ID] [--status S] [--json]
  tickets show ID --workspace FILE [--json]
  tickets edit ID --workspace FILE [--title T] [--priority P0-P3|none] [--type T]
               [--add-label L] [--remove-label L] [--add-criterion C] [--points N|none] [--body B]
  tickets review --workspace FILE (--all | ID ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this document's tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only tickets with this status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review: every generated ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, show, edit or review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tickets needs --workspace FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tickets show takes one ticket id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tickets edit takes one ticket id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tickets review takes --all or ticket ids, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tickets takes list, show, edit or review; see 'docket tickets --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List, show, edit and review tickets.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DocumentImporter</name>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a folder, not a document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket cannot import .%1 files; it reads %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is %1; the largest spec Docket imports is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is %1; the largest spec Docket imports is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a binary file, not a text spec (a NUL byte at offset %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is not valid UTF-8: byte %1 (0x%2) on line %3. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document has no text Docket can split into blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Markdown parser gave up on this file (code %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DocumentListModel</name>
    <message>
        <source>%1
Imported from %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DocumentView</name>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document whose blocks are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocks of the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document yet. Import a spec with File › Import Document… or drop a Markdown or text file here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document has no blocks.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::Draft</name>
    <message>
        <source>"%1" is not of the form SPEC-&lt;number&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 acceptance criteria; a draft needs %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criterion %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story points must be 1 to 100 or null, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence must be between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket cannot depend on itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket cannot be its own parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is used by more than one ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depends on %1, which is not in this result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent %1 is not in this result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parents of %1 form a cycle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DraftJson</name>
    <message>
        <source>%1 must be an array of strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must contain only strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticket without external_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticket_type "%1" is not epic, story, task, bug or spike</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title must be a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>story_points must be a number or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>priority "%1" is not low, medium, high or critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>priority must be a string or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema_version is "%1", expected %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tickets must be an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every ticket must be an object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DraftRepair</name>
    <message>
        <source>ticket %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: it is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: story points %2 are outside 1-100; left unset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: it has no title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model gave %1 acceptance criteria; the first %2 are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No acceptance criteria; add them before review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renumbered "%1" as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped the dependency on %1, which is not in this result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped the parent %1, which is not in this result.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::GenerateDialog</name>
    <message>
        <source>Model server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate Ticket Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in rules (offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ollama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaskForge service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block types to generate from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the model decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in memory for this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket count &amp;hint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ma&amp;ximum tickets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate from these &amp;blocks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::GenerationController</name>
    <message>
        <source>The %1 generator is not available here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A generation is already running; wait for it or cancel it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::GeneratorFactory</name>
    <message>
        <source>Unknown generator "%1"; choose one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a server URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaskForge needs an API key (DOCKET_TASKFORGE_API_KEY, or the API key field of the Generate dialog).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::Gui</name>
    <message>
        <source>Docket turns product specs into engineering ticket drafts.
Run 'docket help' for the command-line subcommands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A .docket workspace to open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::ImportController</name>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n block(s).</source>
        <translation type="unfinished">
            <numerusform>Imported %n block.</numerusform>
            <numerusform>Imported %n blocks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The spec has not changed since it was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated the spec: %1 block(s) reworded, %2 added, %3 removed. Generate again to see proposed ticket updates.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::Json</name>
    <message>
        <source>unknown ticket_type "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown priority "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown platform "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::LlmGenerator</name>
    <message>
        <source>The model did not answer with a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's answer is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::MainWindow</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating ticket drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split a Markdown or text spec into typed blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate Drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn the current document's blocks into ticket drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus &amp;Blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus &amp;Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Docket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the import (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the import or generation to finish before switching workspaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the workspace %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Docket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or create a workspace before importing a document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundled sample spec is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a document first; drafts are generated from its blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drafts could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Generated %n ticket draft(s).</source>
        <translation>
            <numerusform>Generated %n ticket draft.</numerusform>
            <numerusform>Generated %n ticket drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n new ticket draft(s); %1 existing kept as they were.</source>
        <translation>
            <numerusform>Generated %n new ticket draft; %1 existing kept as they were.</numerusform>
            <numerusform>Generated %n new ticket drafts; %1 existing kept as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket workspaces (*.docket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled.docket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; open it with File › Open Workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket workspaces (*.docket);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specs (%1);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Docket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Docket %1&lt;/h3&gt;&lt;p&gt;Turns product specs into engineering ticket drafts you review offline, then push to GitHub, Linear or Jira.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Risks &amp;&amp; Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review Proposed &amp;Updates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Risks &amp;&amp; Questions (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The spec changed under %n ticket(s). Review the proposed updates with Tickets › Review Proposed Updates (Ctrl+Shift+U); nothing changes until you accept.</source>
        <translation>
            <numerusform>The spec changed under %n ticket. Review the proposed updates with Tickets › Review Proposed Updates (Ctrl+Shift+U); nothing changes until you accept.</numerusform>
            <numerusform>The spec changed under %n tickets. Review the proposed updates with Tickets › Review Proposed Updates (Ctrl+Shift+U); nothing changes until you accept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search Tickets</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Marked %n ticket(s) reviewed.</source>
        <translation>
            <numerusform>Marked %n ticket reviewed.</numerusform><numerusform>Marked %n tickets reviewed.</numerusform></translation>
    </message>
    <message>
        <source>The generator's answer needed repairs:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::NotesView</name>
    <message>
        <source>Risks and open questions appear here after generating drafts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks and open questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::ProposalsDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep Ticket as It Is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed Ticket Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets with a proposed update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current ticket next to the proposed update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec changed under these tickets. Nothing changes until you accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;No proposed updates are waiting.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::RuleGenerator</name>
    <message>
        <source>A generation is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec gives no acceptance criteria for this story; add them before review (none were invented).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec gives no acceptance criteria for this feature as a whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec gives no acceptance criteria for this item; add them before review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec lists %1 acceptance criteria; the first %2 are kept, split the ticket to keep the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec states %1 story points, outside 1-100; left unset.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TaskForgeClient</name>
    <message>
        <source>TaskForge answered HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaskForge cannot be reached: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaskForge sent a reply that is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TaskForgeGenerator</name>
    <message>
        <source>A generation is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitting the spec to TaskForge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaskForge job %1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TaskForge job failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TaskForge job was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The TaskForge job did not finish within %n second(s).</source>
        <translation>
            <numerusform>The TaskForge job did not finish within %n second.</numerusform>
            <numerusform>The TaskForge job did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::Ticket</name>
    <message>
        <source>The ticket id is not a UUID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket belongs to no document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source block id is not a UUID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criterion %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 acceptance criteria; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reviewed ticket needs at least one acceptance criterion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story points must be between 1 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence must be between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label appears more than once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pushed ticket must name its platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pushed ticket must carry the tracker's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket cannot depend on itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket cannot be its own parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depends on %1, which does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depends on "%1", which belongs to another document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent "%1" belongs to another document.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TicketTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spike</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TicketTableView</name>
    <message>
        <source>Ticket drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ticket drafts for this document yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search titles, bodies, labels, criteria (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show tickets with status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::Workflow</name>
    <message>
        <source>"%1" is already in the tracker; it was reviewed before it was pushed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be marked reviewed yet:
%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::Workspace</name>
    <message>
        <source>migrating the workspace to schema %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a Docket workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workspace was written by a newer version of Docket (schema %1; this version reads up to schema %2). Update Docket to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace is damaged and cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace is damaged (integrity check: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workspace file was named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a folder, not a Docket workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder for the workspace does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the change to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing the document "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing the document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no document with this id in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the blocks of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting the blocks of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>saving %n ticket(s)</source>
        <translation>
            <numerusform>saving %n ticket</numerusform>
            <numerusform>saving %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the ticket "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleting the ticket "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the ticket %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no ticket with this id in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the generation for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the risks and open questions of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting the generations of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updating the document "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part of the spec this ticket came from was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the proposed update of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the proposed updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This ticket has no proposed update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolving the proposed update of "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the activity log</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>