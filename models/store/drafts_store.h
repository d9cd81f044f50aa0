#pragma once

#include "workspace.h"

namespace docket {

struct StoredDrafts {
    QList<Ticket> added; // new tickets, status generated
    int kept = 0;        // drafts whose block already had a ticket, left exactly as they were
    int proposed = 0;    // of those, tickets whose source changed: an update waits for the PM
};

// Stores a generation's drafts as tickets of the document, with its risks, open questions and
// run record, all in one transaction. Drafts that already have a ticket (same source block, or an
// epic of the same title) do not touch it: what the PM reviewed or edited stays as it is. When the
// source block changed since that ticket was generated, the new draft is kept as a proposal the PM
// accepts or rejects (Workspace::acceptProposal / rejectProposal).
Result<StoredDrafts> storeDrafts(Workspace &workspace, const QString &documentId, const DraftSet &drafts,
                                 const QString &actor);

} // namespace docket
