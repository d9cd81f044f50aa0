#include "draft_conversion.h"

#include <QHash>
#include <QUuid>

namespace docket {

QString ticketBody(const QString &description, const QStringList &acceptanceCriteria) {
    QString body = description.trimmed();
    if (acceptanceCriteria.isEmpty())
        return body;
    if (!body.isEmpty())
        body += QStringLiteral("\n\n");
    body += QStringLiteral("## Acceptance Criteria\n");
    for (const QString &criterion : acceptanceCriteria)
        body += QStringLiteral("- [ ] ") + criterion.trimmed() + QLatin1Char('\n');
    return body.trimmed();
}

QList<Ticket> ticketsFromDrafts(const DraftSet &set, const QString &documentId, const QDateTime &now) {
    QHash<QString, QString> idForExternal;
    for (const Draft &draft : set.tickets)
        idForExternal.insert(draft.externalId, QUuid::createUuid().toString(QUuid::WithoutBraces));

    QList<Ticket> tickets;
    tickets.reserve(set.tickets.size());
    for (const Draft &draft : set.tickets) {
        Ticket ticket;
        ticket.id = idForExternal.value(draft.externalId);
        ticket.documentId = documentId;
        ticket.blockId = draft.blockId;
        ticket.title = draft.title.trimmed();
        ticket.body = ticketBody(draft.description, draft.acceptanceCriteria);
        ticket.ticketType = draft.ticketType;
        ticket.priority = draft.priority;
        ticket.labels = draft.labels;
        ticket.acceptanceCriteria = draft.acceptanceCriteria;
        ticket.estimatedEffort = draft.estimatedEffort;
        ticket.storyPoints = draft.storyPoints;
        for (const QString &dependency : draft.dependencies) {
            if (idForExternal.contains(dependency))
                ticket.dependencies.append(idForExternal.value(dependency));
        }
        ticket.parentId = idForExternal.value(draft.parentExternalId);
        ticket.component = draft.component;
        ticket.milestone = draft.suggestedMilestone;
        ticket.confidence = draft.confidence;
        ticket.status = TicketStatus::Generated;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        tickets.append(ticket);
    }
    return tickets;
}

} // namespace docket
