#pragma once

#include "draft.h"
#include "ticket.h"

#include <QDateTime>

namespace docket {

// Turns a generation result into workspace tickets (status generated): new UUIDs, SPEC-n
// references rewritten to those ids, the criteria appended to the body as a checklist.
QList<Ticket> ticketsFromDrafts(const DraftSet &set, const QString &documentId, const QDateTime &now);

// The body a ticket carries: the context, then the criteria as a Markdown task list.
QString ticketBody(const QString &description, const QStringList &acceptanceCriteria);

} // namespace docket
