<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>docket::Account</name>
    <message>
        <source>"%1" is not a web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must use https; plain http is only allowed for this computer (127.0.0.1, ::1, localhost).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::AccountService</name>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira Cloud with an API token needs the e-mail address of the Atlassian account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Jira site was chosen; nothing was connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 account %2 needs to be connected again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain no longer holds the token of %1; connect the account again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer accepts the token of %2; connect the account again with a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token of %1 expired and there is no refresh token; connect the account again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer honours Docket's access for %2 (%3); connect the account again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not refresh the token of %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::AccountsDialog</name>
    <message>
        <source>✓ Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Reconnect needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail and API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracker Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracker accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the workspace or the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tracker is connected yet. Connect GitHub, Linear or Jira to push tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected %1 as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnected %1; its tokens were removed from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not disconnect %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::AuthorizationCodeLogin</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
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
    <name>docket::BulkEditDialog</name>
    <message>
        <source>Set &amp;priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set t&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set p&amp;arent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Edit %n Ticket(s)</source>
        <translation>
            <numerusform>Edit %n Ticket</numerusform>
            <numerusform>Edit %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd labels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move labels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only ticked fields change. Marking reviewed skips tickets that break a rule and says why. Undo with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
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
        <source>The connection to the model server failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model server reported an error: %1</source>
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
    <message>
        <source>The document has no blocks of the chosen types to generate from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending %1 to the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving %1 (%2 received)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model server answered HTTP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model server answered HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's answer for %1 was cut off at its length limit, and the part is a single block; use a model with a larger context or output limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer for %1 was cut off at the model's length limit; it was sent again in two halves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model server closed the connection before its answer for %1 was complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's answer for %1 cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model named block "%1", which it was not given; the link to the spec was dropped.</source>
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
            <numerusform>Marked %n ticket reviewed.</numerusform>
            <numerusform>Marked %n tickets reviewed.</numerusform>
        </translation>
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
    <message>
        <source>%1, site %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected %1 account %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This Atlassian account reaches several Jira sites; run again with --site and one of them:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--token-stdin: standard input held no token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 and enter the code %2 (valid until %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this page in a browser to connect Docket:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 account %2 does not work: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tracker accounts are connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnected %1 account %2; its tokens were removed from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connected %1 account to disconnect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tracker's API base: GitHub Enterprise https://HOST/api/v3, a Jira site or Data Center URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira Cloud: the account's e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read a personal token or API key from standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub OAuth: device or web.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira Cloud: the site to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logout: only this account id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status: disconnected accounts too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status: ask each tracker whether the account still works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auth needs --workspace FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the tracker: github, linear or jira.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Jira token needs --base-url: the site (https://NAME.atlassian.net, with --email) or the Data Center URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect, list and disconnect tracker accounts (tokens in the keychain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set-key takes openai or taskforge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set-key reads the key from standard input: add --token-stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--token-stdin: standard input held no key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 key for %2 is in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect, inspect and disconnect tracker accounts. Tokens live only in the OS keychain.
  auth login github|linear|jira --workspace FILE [--base-url URL] [--email E] [--token-stdin]
             [--method device|web] [--site NAME]
  auth status --workspace FILE [--all] [--check] [--json]
  auth logout github|linear|jira --workspace FILE [--account ID]
  auth set-key openai|taskforge [--base-url URL] --token-stdin   (a generator's API key)
Without --token-stdin, login runs the tracker's OAuth sign-in: GitHub's device flow (or --method web), Linear and Jira Cloud through the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login, status, logout or set-key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auth takes login, status, logout or set-key, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push reviewed tickets to a tracker (planned first, never twice).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan for %1: %2 to create, %3 to update, %4 link(s); %5 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  held back: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connected %1 account; connect one with docket auth login %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several %1 accounts are connected; name one with --account ID (docket auth status).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push a document's reviewed tickets (and pushed tickets changed locally) to a tracker.
  push github --workspace FILE --repo OWNER/NAME [--document ID] [--account ID] [--dry-run] [--json]
Tickets that are not reviewed, break a rule, or sit on a dependency cycle are held back and listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub: the repository, OWNER/NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document (default: the only one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account to push as.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only print the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>github</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>push supports github for now; Linear and Jira are on their way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>push github needs --workspace FILE and --repo OWNER/NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--repo takes OWNER/NAME, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The workspace holds %n document(s); name one with --document ID.</source>
        <translation>
            <numerusform>The workspace holds %n document; name one with --document ID.</numerusform><numerusform>The workspace holds %n documents; name one with --document ID.</numerusform></translation>
    </message>
    <message>
        <source>  pushed: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  failed: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushed %1, failed %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::ConnectAccountDialog</name>
    <message>
        <source>Sign in with a device code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket shows a code and opens GitHub's page; enter the code there. For GitHub Enterprise Server, use https://HOST/api/v3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in through the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's sign-in page opens in your browser and returns to Docket on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fine-grained or classic token with access to the repositories' issues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linear's sign-in page opens in your browser and returns to Docket on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create one in Linear under Settings › API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira Cloud: sign in with Atlassian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atlassian's consent page opens in your browser; you choose the site afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira Cloud: e-mail and API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your site's address, your Atlassian e-mail, and an API token from id.atlassian.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira Data Center: personal access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Jira server's address and a personal access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect a Tracker Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trac&amp;ker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the token with the tracker…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in; checking the account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Jira Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This Atlassian account reaches several sites. Which one should Docket use?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the code %1 on the page that opened (%2). It is on the clipboard and valid until %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking GitHub for a code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish signing in on the page that opened in your browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the sign-in page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::CriteriaEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a criterion (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected criterion (Ctrl+Shift+Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move criterion up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected criterion up (Ctrl+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move criterion down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected criterion down (Ctrl+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reorder Criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket has at most %1 criteria; split it to add more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No criteria yet: a ticket needs at least one before it can be reviewed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n criteria: at most %1 are allowed; remove some or split the ticket.</source>
        <translation>
            <numerusform>%n criteria: at most %1 are allowed; remove some or split the ticket.</numerusform>
            <numerusform>%n criteria: at most %1 are allowed; remove some or split the ticket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of at most %1 criteria</source>
        <translation>
            <numerusform>%n of at most %1 criteria</numerusform>
            <numerusform>%n of at most %1 criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::DependencyCanvas</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DependencyLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>depends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parent (dashed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⟳ on a cycle (thick)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DependencyPicker</name>
    <message>
        <source>Dependencies of "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets this one can depend on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick what must be done first (Space). A ticket waiting on itself, directly or in a loop, cannot be pushed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::DependencyView</name>
    <message>
        <source>Dependency cycles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dependency cycles.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency cycle(s): %1. Tickets on a cycle cannot be pushed until the cycle is broken.</source>
        <translation>
            <numerusform>%n dependency cycle: %1. Tickets on a cycle cannot be pushed until the cycle is broken.</numerusform>
            <numerusform>%n dependency cycles: %1. Tickets on a cycle cannot be pushed until the cycle is broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s). Tab or the arrow keys move between them; Enter opens one.</source>
        <translation>
            <numerusform>%n ticket. Tab or the arrow keys move between them; Enter opens one.</numerusform>
            <numerusform>%n tickets. Tab or the arrow keys move between them; Enter opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::DeviceLogin</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The device code answer is missing its codes or its page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code expired before it was entered. Start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token answer carries no token.</source>
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
    <name>docket::DraftDiffDialog</name>
    <message>
        <source>"%1" against its generated draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes: the ticket is exactly as it was generated.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since the draft was generated.</source>
        <translation>
            <numerusform>%n field changed since the draft was generated.</numerusform>
            <numerusform>%n fields changed since the draft was generated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
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
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestone</source>
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
        <source>Left out %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: it has no title.</source>
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
        <source>%1 was not a list; ignored.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Dropped %n entry(ies) of %1 that were not text.</source>
        <translation>
            <numerusform>Dropped %n entry(ies) of %1 that were not text.</numerusform>
            <numerusform>Dropped %n entry(ies) of %1 that were not text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Story points %1 are not a whole number from 1 to 100; left unset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority "%1" is not low, medium, high or critical (or P0-P3); left unset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped the dependency on %1, which is not another ticket of this result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped the parent %1, which is not another ticket of this result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped the parent %1: the parents formed a cycle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticket %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There were %1 acceptance criteria; the first %2 are kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Kept the first %1 tickets as asked; %n more were left out.</source>
        <translation>
            <numerusform>Kept the first %1 tickets as asked; %n more were left out.</numerusform>
            <numerusform>Kept the first %1 tickets as asked; %n more were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped the dependency on %1, which was left out by the ticket limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped the parent %1, which was left out by the ticket limit.</source>
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
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the key kept in the keychain for this server, if any</source>
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
    <name>docket::GitHubTracker</name>
    <message>
        <source>GitHub answered HTTP %1.</source>
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
    <name>docket::KeychainTokenStore</name>
    <message>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring, or KWallet). The account stays disconnected; you can choose to keep its token in memory for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain was not unlocked, so Docket could not use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::LabelLineEdit</name>
    <message>
        <source>Comma-separated, e.g. backend, auth</source>
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
    <message>
        <source>The model's answer ends before its JSON object does; it was probably cut off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's JSON has no "tickets" list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::LoopbackReplyHandler</name>
    <message>
        <source>Docket could not listen for the sign-in on 127.0.0.1:%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request is not a sign-in answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a sign-in answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket only waits for the browser's sign-in answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This answer does not belong to the sign-in Docket started, so it was refused. Start the sign-in again from Docket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser's answer did not carry the state Docket sent; the sign-in was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket was not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tracker did not give Docket access. You can close this tab and try again from Docket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer carries no authorization code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docket is connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to Docket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without a token Docket could read.</source>
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
    <message>
        <source>The generator's answer needed repairs:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracker &amp;Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect GitHub, Linear or Jira; tokens stay in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or create a workspace first; its tracker accounts are kept with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Split Ticket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with &amp;Generated Draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xtend Selection Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Jump to Source Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus &amp;Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show Tickets as &amp;Hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Changed %n ticket(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Changed %n ticket. Undo with Ctrl+Z.</numerusform>
            <numerusform>Changed %n tickets. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to edit first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One title per line. The first stays with this ticket; each further line becomes a new ticket with the same body, criteria and labels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (part 2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Split into %n ticket(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Split into %n ticket. Undo with Ctrl+Z.</numerusform>
            <numerusform>Split into %n tickets. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more tickets to merge.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Merged %n ticket(s) into one. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Merged %n ticket into one. Undo with Ctrl+Z.</numerusform>
            <numerusform>Merged %n tickets into one. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n ticket(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n ticket. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n tickets. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" was written in Docket, not generated, so there is no draft to compare it with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push &amp;to GitHub…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan, confirm and push the reviewed tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key is used for this session but was not kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a document with reviewed tickets first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exten&amp;d Selection Up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::MemoryTokenStore</name>
    <message>
        <source>memory (this session only)</source>
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
    <name>docket::OAuth</name>
    <message>
        <source>No OAuth client id is set for %1. Set one under oauth/%2/clientId in the settings, or connect with a token instead.</source>
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
    <name>docket::PushDialog</name>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owner/name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets to push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tickets held back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: the ticket on its way finishes, the rest stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push to %1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no repository)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 link(s); %4 already up to date; %5 held back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Pushed %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Failed %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushed %1, failed %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n not sent (cancelled).</source>
        <translation>
            <numerusform>%n not sent (cancelled).</numerusform><numerusform>%n not sent (cancelled).</numerusform></translation>
    </message>
</context>
<context>
    <name>docket::PushPlan</name>
    <message>
        <source>Already in %1; pushing it to %2 too would make a second copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a dependency or parent cycle; break the cycle first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waits for a ticket on a dependency or parent cycle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::PushRunner</name>
    <message>
        <source>Not in the tracker; sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not check whether an earlier push arrived: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No answer from the tracker after %n attempt(s): %1</source>
        <translation>
            <numerusform>No answer from the tracker after %n attempt: %1</numerusform><numerusform>No answer from the tracker after %n attempts: %1</numerusform></translation>
    </message>
    <message>
        <source>Could not check whether the push arrived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushed, but not linked under its parent: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::ReviewSession</name>
    <message numerus="yes">
        <source>Mark %n Ticket(s) Reviewed</source>
        <translation>
            <numerusform>Mark %n Ticket Reviewed</numerusform>
            <numerusform>Mark %n Tickets Reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Ticket(s)</source>
        <translation>
            <numerusform>Edit %n Ticket</numerusform>
            <numerusform>Edit %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Split "%1"</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Merge %n Ticket(s)</source>
        <translation>
            <numerusform>Merge %n Ticket</numerusform>
            <numerusform>Merge %n Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Ticket(s)</source>
        <translation>
            <numerusform>Delete %n Ticket</numerusform>
            <numerusform>Delete %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" was changed elsewhere after this step, so the step was dropped and the newer change kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected tickets belong to different documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" was changed elsewhere while you edited it; it now shows the latest version, and your edit was not applied.</source>
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
    <name>docket::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move between fields and panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move through tickets or blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend the ticket selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected tickets (ticket list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a criterion (criteria list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a criterion (criteria list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a criterion up or down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a criterion in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick a dependency (dependency chooser)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel an import or generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc</source>
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
    <message numerus="yes">
        <source>TaskForge did not answer within %n second(s).</source>
        <translation>
            <numerusform>TaskForge did not answer within %n second.</numerusform>
            <numerusform>TaskForge did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>TaskForge's reply names no job.</source>
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
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TaskForge job was cancelled on the service.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The TaskForge job did not finish within %n second(s); it was cancelled.</source>
        <translation>
            <numerusform>The TaskForge job did not finish within %n second; it was cancelled.</numerusform>
            <numerusform>The TaskForge job did not finish within %n seconds; it was cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the tickets of TaskForge job %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TaskForge result has no "tickets" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaskForge answered with schema %1; it was read as tickets.result.v1.</source>
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
    <name>docket::TicketCellDelegate</name>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TicketEditor</name>
    <message>
        <source>P0 — critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P1 — high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P2 — medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P3 — low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a ticket to edit it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with &amp;Generated Draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Source Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown: what to build and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 3d, medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Story Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;ffort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;rent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mponent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;ilestone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — changed locally; the next sync sends this edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged by the generator:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(missing ticket %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This ticket is on a dependency or parent cycle; it cannot be pushed until the cycle is broken (see Tickets › Dependencies).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TicketEdits</name>
    <message>
        <source>"%1" cannot sit under itself or one of its own sub-tickets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has been pushed; it cannot go back to generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least two titles to split "%1" into.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select at least two tickets to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is already in a tracker and cannot be merged into another ticket; make it the first of the selection or close it in the tracker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is already in a tracker; close it there instead of deleting it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some of the tickets to delete no longer exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TicketNodeItem</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, on a dependency cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⟳ on a cycle</source>
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
    <message>
        <source>%1 · changed locally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Labels</source>
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
    <message>
        <source>Ticket hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ticket drafts for this document yet. Generate them with Tickets › Generate Drafts (Ctrl+G).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TrackerHttp</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 asks Docket to wait until %2 before sending more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>docket::TrackerIdentityCheck</name>
    <message>
        <source>%1 refused the credential (HTTP %2). Check that it is complete, not expired, and allowed to read your profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach %1 at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linear refused the request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered, but not with the account Docket asked about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atlassian refused the token when Docket asked for its sites.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not list the Jira sites: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of Jira sites could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This Atlassian account can reach no Jira site with the scopes Docket asked for.</source>
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
    <message>
        <source>(Undoing the change failed too: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another Docket is still creating or upgrading this workspace. Try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace cannot be created or upgraded: its lock file %1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the %1 account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the push of ticket %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the outcome of push %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no push intent %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the open pushes</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>