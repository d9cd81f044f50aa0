#include "spec_generator.h"

#include <QString>

namespace docket::bench {

namespace {
const char *const kAreas[] = {"Onboarding", "Billing",     "Search", "Notifications",
                              "Reporting",  "Permissions", "Import", "Audit log"};
const char *const kRoles[] = {"workspace admin", "new member", "finance lead", "support agent", "PM"};
} // namespace

QByteArray generateMarkdownSpec(qint64 targetBytes)
{
    QByteArray spec;
    spec.reserve(targetBytes + 4096);
    spec += "# Generated product spec\n\n## Background\n\nThis spec exists to measure Docket. "
            "Every section below describes one feature area.\n\n";
    int requirement = 0;
    for (int section = 0; spec.size() < targetBytes; ++section) {
        const QByteArray area = kAreas[section % 8];
        const QByteArray role = kRoles[section % 5];
        const QByteArray n = QByteArray::number(section);
        spec += "## " + area + " improvements " + n + "\n\n";
        spec += "Teams told us the " + area.toLower() + " flow is slow and unclear. This section (P" +
                QByteArray::number(section % 4) + ") fixes the worst of it.\n\n";
        spec += "### User stories\n\n";
        spec += "- As a " + role + ", I want to see " + area.toLower() +
                " status at a glance so that I can act "
                "without asking around.\n";
        spec += "- As a " + role + ", I want to undo my last " + area.toLower() +
                " change so that mistakes "
                "are cheap.\n\n";
        spec += "### Requirements\n\n";
        for (int i = 0; i < 4; ++i) {
            ++requirement;
            spec += "- FR-" + QByteArray::number(requirement) + ": The system must record every " +
                    area.toLower() + " change with who, when and what (priority: high).\n";
        }
        spec += "- FR-" + QByteArray::number(requirement + 1) +
                ": It should export the history as CSV; depends on FR-" + QByteArray::number(requirement) +
                ".\n\n";
        ++requirement;
        spec += "### Acceptance criteria\n\n";
        spec += "- [ ] The status badge updates within two seconds of a change\n";
        spec += "- [ ] Undo restores the previous value exactly\n";
        spec += "- [ ] Given a " + role + " on the " + area.toLower() +
                " page, when they press Undo, then "
                "the last change is reverted\n\n";
        spec += "### Proposed solution\n\n";
        spec += "Store changes in an append-only table and render them in a side panel.\n\n";
        spec += "```sql\nCREATE TABLE change_" + n + " (id INTEGER PRIMARY KEY, at TEXT, who TEXT);\n```\n\n";
        spec += "| Field | Type | Notes |\n|---|---|---|\n| at | timestamp | UTC |\n| who | user id | "
                "required |\n\n";
        spec += "### Risks\n\n- The history table may grow quickly for large workspaces.\n\n";
        spec += "### Open questions\n\n- Should the export include deleted items?\n\n";
    }
    return spec;
}

} // namespace docket::bench
