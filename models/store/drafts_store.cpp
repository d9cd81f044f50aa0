#include "drafts_store.h"

#include "domain/draft_conversion.h"

namespace docket {

Result<StoredDrafts> storeDrafts(Workspace &workspace, const QString &documentId, const DraftSet &drafts,
                                 const QString &actor)
{
    auto existing = workspace.tickets(TicketQuery{documentId, std::nullopt});
    if (!existing)
        return existing.error();
    auto blocks = workspace.blocks(documentId);
    if (!blocks)
        return blocks.error();
    QHash<QString, QString> blockHash;
    for (const Block &block : blocks.value())
        blockHash.insert(block.id, sourceTextHash(block.text));
    QHash<QString, const Ticket *> existingById;
    for (const Ticket &ticket : existing.value())
        existingById.insert(ticket.id, &ticket);

    const QHash<QString, QString> kept = matchExistingTickets(drafts, existing.value());
    const QHash<QString, QString> ids = ticketIdsForDrafts(drafts, kept);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    StoredDrafts stored;
    stored.kept = int(kept.size());
    QList<TicketProposal> proposals;
    for (const Draft &draft : drafts.tickets) {
        Ticket ticket = ticketFromDraft(draft, documentId, ids, now);
        // Drafts from elsewhere (an import, another workspace) may name blocks this document lacks.
        if (!blockHash.contains(ticket.blockId))
            ticket.blockId.clear();
        ticket.sourceHash = blockHash.value(ticket.blockId);
        if (!kept.contains(draft.externalId)) {
            stored.added.append(ticket);
            continue;
        }
        // Same source as before: nothing to do. A changed source: propose, never overwrite.
        const Ticket *current = existingById.value(kept.value(draft.externalId));
        if (current && !current->sourceHash.isEmpty() && !ticket.sourceHash.isEmpty() &&
            current->sourceHash != ticket.sourceHash)
            proposals.append({current->id, ticket, ticket.sourceHash, now});
    }
    stored.proposed = int(proposals.size());

    const Status saved = workspace.transaction([&]() -> Status {
        if (Status tickets = workspace.saveTickets(stored.added, actor); !tickets)
            return tickets;
        for (const TicketProposal &proposal : std::as_const(proposals)) {
            if (Status proposed = workspace.saveProposal(proposal); !proposed)
                return proposed;
        }
        DraftSet record = drafts;
        for (QList<DraftNote> *notes : {&record.risks, &record.openQuestions}) {
            for (DraftNote &note : *notes) {
                if (!blockHash.contains(note.blockId))
                    note.blockId.clear();
            }
        }
        return workspace.recordGeneration(documentId, record, actor);
    });
    if (!saved)
        return saved.error();
    return stored;
}

} // namespace docket
