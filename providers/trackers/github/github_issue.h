#pragma once

#include "domain/ticket.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace docket {

// A ticket as a GitHub issue: the Markdown body with the acceptance criteria as a task list, the
// seed's priority label, a type label, the ticket's own labels, the milestone when the repository
// has one of that title, and a hidden marker with the push key, so a push whose answer was lost
// can find the issue it created.
struct GitHubIssueDraft {
    QString title;
    QString body;
    QStringList labels;
    std::optional<int> milestone; // the repository's milestone number

    QJsonObject toJson() const; // the body of POST /repos/{owner}/{repo}/issues (and PATCH)
};

GitHubIssueDraft renderGitHubIssue(const Ticket &ticket, const QHash<QString, int> &milestoneNumbers);

QString githubTypeLabel(TicketType type); // "type:story" ...
QString pushKeyMarker(const QString &pushKey);
// The push key an issue body carries, or an empty string.
QString pushKeyInBody(const QString &body);

} // namespace docket
