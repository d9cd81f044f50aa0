#pragma once

#include <QJsonObject>
#include <QString>

namespace docket::bench {

// Opens a workspace of `count` generated tickets into the app's ticket table and measures what the
// PM does with it: open, sort by each column, filter by status, search for a word in 1% of the
// tickets and for one in none, and page down through the table. One row each (see Case).
QJsonObject ticketBrowsingCase(int count);

// The child process that writes the workspace for ticketBrowsingCase, so that the memory writing
// takes does not count towards the peak of the process that measures.
int writeTicketWorkspace(const QString &path, int count);

} // namespace docket::bench
