#pragma once

#include "draft.h"
#include "ticket.h"

#include <QDateTime>
#include <QHash>

namespace docket {

// Turns a generation result into workspace tickets (status generated): new UUIDs, SPEC-n
// references rewritten to those ids, the criteria appended to the body as a checklist.
// Drafts listed in existingIds (SPEC-n -> ticket id) already have a ticket: they are not
// returned, and references to them point at that ticket.
QList<Ticket> ticketsFromDrafts(const DraftSet &set, const QString &documentId, const QDateTime &now,
                                const QHash<QString, QString> &existingIds = {});

// Which drafts of a new generation already have a ticket in the document: same source block and
// title, or same source block when that block gave one ticket only, or an epic of the same title.
// Re-generating never overwrites what is there (the PM may have reviewed or edited it).
QHash<QString, QString> matchExistingTickets(const DraftSet &set, const QList<Ticket> &existing);

// SPEC-n -> ticket id for every draft: the existing ticket's id where given, else a new UUID.
QHash<QString, QString> ticketIdsForDrafts(const DraftSet &set, const QHash<QString, QString> &existingIds);

// One draft as a ticket, its references resolved through idForExternal.
Ticket ticketFromDraft(const Draft &draft, const QString &documentId,
                       const QHash<QString, QString> &idForExternal, const QDateTime &now);

// The other way: a document's tickets as tickets.result.v1 drafts, numbered SPEC-1.. in order,
// their references rewritten to those numbers (references outside the list are left out).
DraftSet draftSetFromTickets(const QList<Ticket> &tickets, const QString &sourceTitle);

// The body a ticket carries: the context, then the criteria as a Markdown task list.
QString ticketBody(const QString &description, const QStringList &acceptanceCriteria);

} // namespace docket
