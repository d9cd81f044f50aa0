#include "ticket_diff.h"

#include <functional>

namespace docket {

namespace {

QString bulleted(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines.append(QStringLiteral("- ") + item);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QList<FieldDifference> diffTickets(const Ticket &before, const Ticket &after)
{
    const auto priorityText = [](const Ticket &t) {
        return t.priority ? priorityName(*t.priority) : QString();
    };
    const auto pointsText = [](const Ticket &t) {
        return t.storyPoints ? QString::number(*t.storyPoints) : QString();
    };
    const QList<std::pair<QString, std::function<QString(const Ticket &)>>> fields{
        {QStringLiteral("title"), [](const Ticket &t) { return t.title; }},
        {QStringLiteral("ticket_type"), [](const Ticket &t) { return ticketTypeName(t.ticketType); }},
        {QStringLiteral("priority"), priorityText},
        {QStringLiteral("body"), [](const Ticket &t) { return t.body; }},
        {QStringLiteral("acceptance_criteria"),
         [](const Ticket &t) { return bulleted(t.acceptanceCriteria); }},
        {QStringLiteral("labels"), [](const Ticket &t) { return t.labels.join(QStringLiteral(", ")); }},
        {QStringLiteral("estimated_effort"), [](const Ticket &t) { return t.estimatedEffort; }},
        {QStringLiteral("story_points"), pointsText},
        {QStringLiteral("dependencies"),
         [](const Ticket &t) { return t.dependencies.join(QStringLiteral(", ")); }},
        {QStringLiteral("parent_id"), [](const Ticket &t) { return t.parentId; }},
        {QStringLiteral("component"), [](const Ticket &t) { return t.component; }},
        {QStringLiteral("milestone"), [](const Ticket &t) { return t.milestone; }},
    };
    QList<FieldDifference> differences;
    for (const auto &[field, text] : fields) {
        const QString was = text(before);
        const QString now = text(after);
        if (was != now)
            differences.append({field, was, now});
    }
    return differences;
}

} // namespace docket
