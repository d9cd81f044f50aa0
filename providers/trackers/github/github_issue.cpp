#include "github_issue.h"

#include "domain/push_plan.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace docket {

namespace {

const QString kMarkerPrefix = QStringLiteral("<!-- docket:push-key=");

bool listsItsCriteria(const QString &body)
{
    return body.contains(
        QRegularExpression(QStringLiteral("^#+\\s*acceptance criteria\\s*$"),
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption));
}

} // namespace

QString githubTypeLabel(TicketType type)
{
    return QStringLiteral("type:") + ticketTypeName(type);
}

QString pushKeyMarker(const QString &pushKey)
{
    return kMarkerPrefix + pushKey + QStringLiteral(" -->");
}

QString pushKeyInBody(const QString &body)
{
    static const QRegularExpression marker(QStringLiteral("<!-- docket:push-key=([0-9a-fA-F-]{36}) -->"));
    const QRegularExpressionMatch match = marker.match(body);
    return match.hasMatch() ? match.captured(1) : QString();
}

GitHubIssueDraft renderGitHubIssue(const Ticket &ticket, const QHash<QString, int> &milestoneNumbers)
{
    GitHubIssueDraft draft;
    draft.title = ticket.title.trimmed();

    QStringList sections;
    if (!ticket.body.trimmed().isEmpty())
        sections.append(ticket.body.trimmed());
    // Generated bodies already carry the criteria as a task list; a body the PM wrote may not.
    if (!ticket.acceptanceCriteria.isEmpty() && !listsItsCriteria(ticket.body)) {
        QStringList items{QStringLiteral("## Acceptance criteria")};
        for (const QString &criterion : ticket.acceptanceCriteria)
            items.append(QStringLiteral("- [ ] ") + criterion.trimmed());
        sections.append(items.join(QLatin1Char('\n')));
    }
    QStringList facts;
    if (!ticket.estimatedEffort.isEmpty())
        facts.append(QStringLiteral("**Effort:** ") + ticket.estimatedEffort);
    if (ticket.storyPoints)
        facts.append(QStringLiteral("**Points:** ") + QString::number(*ticket.storyPoints));
    if (!ticket.component.isEmpty())
        facts.append(QStringLiteral("**Component:** ") + ticket.component);
    if (!facts.isEmpty())
        sections.append(facts.join(QStringLiteral(" · ")));
    if (!ticket.pushKey.isEmpty())
        sections.append(pushKeyMarker(ticket.pushKey)); // invisible on GitHub, found by search and listing
    draft.body = sections.join(QStringLiteral("\n\n"));

    if (ticket.priority)
        draft.labels.append(githubPriorityLabel(*ticket.priority));
    draft.labels.append(githubTypeLabel(ticket.ticketType));
    for (const QString &label : ticket.labels)
        if (!label.trimmed().isEmpty() && !draft.labels.contains(label.trimmed()))
            draft.labels.append(label.trimmed());
    if (!ticket.milestone.isEmpty() && milestoneNumbers.contains(ticket.milestone))
        draft.milestone = milestoneNumbers.value(ticket.milestone);
    return draft;
}

QJsonObject GitHubIssueDraft::toJson() const
{
    QJsonObject json{{QStringLiteral("title"), title},
                     {QStringLiteral("body"), body},
                     {QStringLiteral("labels"), QJsonArray::fromStringList(labels)}};
    if (milestone)
        json.insert(QStringLiteral("milestone"), *milestone);
    return json;
}

} // namespace docket
