#include "draft_conversion.h"

#include <QHash>
#include <QSet>
#include <QUuid>

namespace docket {

QString ticketBody(const QString &description, const QStringList &acceptanceCriteria)
{
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

QHash<QString, QString> ticketIdsForDrafts(const DraftSet &set, const QHash<QString, QString> &existingIds)
{
    QHash<QString, QString> idForExternal = existingIds;
    for (const Draft &draft : set.tickets) {
        if (!idForExternal.contains(draft.externalId))
            idForExternal.insert(draft.externalId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    return idForExternal;
}

Ticket ticketFromDraft(const Draft &draft, const QString &documentId,
                       const QHash<QString, QString> &idForExternal, const QDateTime &now)
{
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
    ticket.problems = draft.problems;
    ticket.createdAt = now;
    ticket.updatedAt = now;
    return ticket;
}

QList<Ticket> ticketsFromDrafts(const DraftSet &set, const QString &documentId, const QDateTime &now,
                                const QHash<QString, QString> &existingIds)
{
    const QHash<QString, QString> idForExternal = ticketIdsForDrafts(set, existingIds);
    QList<Ticket> tickets;
    tickets.reserve(set.tickets.size());
    for (const Draft &draft : set.tickets) {
        if (!existingIds.contains(draft.externalId))
            tickets.append(ticketFromDraft(draft, documentId, idForExternal, now));
    }
    return tickets;
}

QHash<QString, QString> matchExistingTickets(const DraftSet &set, const QList<Ticket> &existing)
{
    QHash<QString, QList<const Ticket *>> byBlock;
    QHash<QString, const Ticket *> epicByTitle;
    for (const Ticket &ticket : existing) {
        if (!ticket.blockId.isEmpty())
            byBlock[ticket.blockId].append(&ticket);
        else if (ticket.ticketType == TicketType::Epic)
            epicByTitle.insert(ticket.title, &ticket);
    }

    QHash<QString, QString> matched;
    QSet<QString> taken;
    for (const Draft &draft : set.tickets) {
        const Ticket *found = nullptr;
        if (draft.blockId.isEmpty()) {
            found = draft.ticketType == TicketType::Epic ? epicByTitle.value(draft.title.trimmed()) : nullptr;
        } else {
            const QList<const Ticket *> candidates = byBlock.value(draft.blockId);
            for (const Ticket *candidate : candidates) {
                if (candidate->title == draft.title.trimmed() && !taken.contains(candidate->id))
                    found = candidate;
            }
            if (!found && candidates.size() == 1 && !taken.contains(candidates.first()->id))
                found = candidates.first();
        }
        if (found) {
            matched.insert(draft.externalId, found->id);
            taken.insert(found->id);
        }
    }
    return matched;
}

DraftSet draftSetFromTickets(const QList<Ticket> &tickets, const QString &sourceTitle)
{
    QHash<QString, QString> externalFor;
    for (int i = 0; i < tickets.size(); ++i)
        externalFor.insert(tickets.at(i).id, draftExternalId(i + 1));

    DraftSet set;
    set.sourceTitle = sourceTitle;
    set.generation.generator = QStringLiteral("docket");
    for (const Ticket &ticket : tickets) {
        Draft draft;
        draft.externalId = externalFor.value(ticket.id);
        draft.ticketType = ticket.ticketType;
        draft.title = ticket.title;
        // The criteria travel in their own field; the checklist Docket appended to the body does not.
        const qsizetype criteria = ticket.body.indexOf(QLatin1String("## Acceptance Criteria\n"));
        draft.description = (criteria >= 0 ? ticket.body.left(criteria) : ticket.body).trimmed();
        draft.acceptanceCriteria = ticket.acceptanceCriteria;
        draft.labels = ticket.labels;
        for (const QString &dependency : ticket.dependencies) {
            if (externalFor.contains(dependency))
                draft.dependencies.append(externalFor.value(dependency));
        }
        draft.storyPoints = ticket.storyPoints;
        draft.priority = ticket.priority;
        draft.parentExternalId = externalFor.value(ticket.parentId);
        draft.component = ticket.component;
        draft.suggestedMilestone = ticket.milestone;
        draft.confidence = ticket.confidence;
        draft.estimatedEffort = ticket.estimatedEffort;
        draft.blockId = ticket.blockId;
        draft.problems = ticket.problems;
        set.tickets.append(draft);
    }
    return set;
}

} // namespace docket
