#pragma once

#include "domain/ticket.h"

#include <QList>
#include <QString>

namespace docket::bench {

// A backlog that looks like a real one: titles from varied verbs, features and qualifiers; bodies
// of a few hundred characters with context, notes and an acceptance-criteria checklist; one to
// four labels; two to five criteria; types, priorities and statuses spread as in a live project;
// pushed tickets with their tracker ids. The same seed gives the same tickets.
//
// rareWord goes into the body of exactly one ticket in a hundred (the first of each hundred), so
// a search for it has a known number of hits; no other text contains it.
QList<Ticket> generateTickets(const QString &documentId, int count, const QString &rareWord, quint32 seed);

} // namespace docket::bench
