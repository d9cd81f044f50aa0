#include "push_command.h"

#include "auth/account_service.h"
#include "auth/token_store.h"
#include "auth/tracker_identity.h"
#include "cli.h"
#include "domain/push_plan.h"
#include "http/tracker_http.h"
#include "store/workspace.h"
#include "trackers/github/github_pusher.h"
#include "trackers/push_runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Cli)
};

QJsonObject planToJson(const PushPlan &plan, const QHash<QString, Ticket> &tickets)
{
    QJsonArray held;
    for (const HeldBack &reason : plan.heldBack)
        held.append(QJsonObject{{QStringLiteral("ticket_id"), reason.ticketId},
                                {QStringLiteral("title"), tickets.value(reason.ticketId).title},
                                {QStringLiteral("reason"), reason.reason}});
    return {{QStringLiteral("creates"), plan.creates()},
            {QStringLiteral("updates"), plan.updates()},
            {QStringLiteral("links"), plan.links()},
            {QStringLiteral("unchanged"), int(plan.unchanged.size())},
            {QStringLiteral("held_back"), held}};
}

void printPlan(Streams streams, const PushPlan &plan, const QHash<QString, Ticket> &tickets,
               const QString &repository)
{
    streams.out << Text::tr("Plan for %1: %2 to create, %3 to update, %4 link(s); %5 unchanged.")
                       .arg(repository)
                       .arg(plan.creates())
                       .arg(plan.updates())
                       .arg(plan.links())
                       .arg(plan.unchanged.size())
                << Qt::endl;
    for (const HeldBack &reason : plan.heldBack)
        streams.out << Text::tr("  held back: %1 — %2")
                           .arg(tickets.value(reason.ticketId).title,
                                QString(reason.reason).replace(QLatin1Char('\n'), QStringLiteral("; ")))
                    << Qt::endl;
}

Result<Account> chooseAccount(Workspace &workspace, Platform platform, const QString &wanted)
{
    auto accounts = workspace.accounts();
    if (!accounts)
        return accounts.error();
    QList<Account> candidates;
    for (const Account &account : accounts.value())
        if (account.platform == platform && (wanted.isEmpty() || account.id == wanted))
            candidates.append(account);
    if (candidates.isEmpty())
        return Error{Text::tr("No connected %1 account; connect one with docket auth login %2.")
                         .arg(platformDisplayName(platform), platformName(platform)),
                     {}};
    if (candidates.size() > 1)
        return Error{
            Text::tr("Several %1 accounts are connected; name one with --account ID (docket auth status).")
                .arg(platformDisplayName(platform)),
            {}};
    return candidates.first();
}

} // namespace

int runPush(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Push a document's reviewed tickets (and pushed tickets changed locally) to a tracker.\n"
                 "  push github --workspace FILE --repo OWNER/NAME [--document ID] [--account ID] "
                 "[--dry-run] [--json]\n"
                 "Tickets that are not reviewed, break a rule, or sit on a dependency cycle are held back "
                 "and listed."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), Text::tr("The workspace file."),
                                             Text::tr("file"));
    const QCommandLineOption repoOption(
        QStringLiteral("repo"), Text::tr("GitHub: the repository, OWNER/NAME."), Text::tr("repository"));
    const QCommandLineOption documentOption(
        QStringLiteral("document"), Text::tr("The document (default: the only one)."), Text::tr("id"));
    const QCommandLineOption accountOption(QStringLiteral("account"), Text::tr("The account to push as."),
                                           Text::tr("id"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), Text::tr("Only print the plan."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    for (const QCommandLineOption &option :
         {workspaceOption, repoOption, documentOption, accountOption, dryRunOption, jsonOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("tracker"), Text::tr("github"));
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;
    const QString tracker = parser.positionalArguments().value(1);
    if (tracker != QLatin1String("github"))
        return userError(streams,
                         Text::tr("push supports github for now; Linear and Jira are on their way."));
    if (!parser.isSet(workspaceOption) || !parser.isSet(repoOption))
        return userError(streams, Text::tr("push github needs --workspace FILE and --repo OWNER/NAME."));
    const QString repository = parser.value(repoOption);
    if (repository.count(QLatin1Char('/')) != 1)
        return userError(streams, Text::tr("--repo takes OWNER/NAME, not \"%1\".").arg(repository));

    auto workspace = Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::MustExist);
    if (!workspace)
        return userError(streams, workspace.error().toString());
    auto documents = workspace.value()->documents();
    if (!documents)
        return internalError(streams, documents.error());
    QString documentId = parser.value(documentOption);
    if (documentId.isEmpty()) {
        if (documents.value().size() != 1)
            return userError(streams,
                             Text::tr("The workspace holds %n document(s); name one with --document ID.",
                                      nullptr, int(documents.value().size())));
        documentId = documents.value().first().id;
    }
    auto tickets = workspace.value()->tickets(TicketQuery{documentId, std::nullopt});
    if (!tickets)
        return internalError(streams, tickets.error());
    QHash<QString, Ticket> byId;
    for (const Ticket &ticket : tickets.value())
        byId.insert(ticket.id, ticket);
    const PushPlan plan = planPush(tickets.value(), {}, Platform::GitHub);
    if (parser.isSet(dryRunOption)) {
        if (parser.isSet(jsonOption))
            streams.out << QJsonDocument(planToJson(plan, byId)).toJson(QJsonDocument::Indented);
        else
            printPlan(streams, plan, byId, repository);
        streams.out.flush();
        return ExitSuccess;
    }
    auto account = chooseAccount(*workspace.value(), Platform::GitHub, parser.value(accountOption));
    if (!account)
        return userError(streams, account.error().message);
    if (Status keyed =
            workspace.value()->saveTickets(assignPushKeys(tickets.value(), plan), QStringLiteral("push"));
        !keyed)
        return internalError(streams, keyed.error());

    KeychainTokenStore tokens;
    QNetworkAccessManager network;
    AccountService accounts(*workspace.value(), tokens, &network, QStringLiteral("push"));
    HttpPolicy policy;
    // GitHub asks for one write at a time, a second apart; the setting exists for local emulators.
    policy.minimumWriteSpacingMs =
        QSettings().value(QStringLiteral("push/github/writeSpacingMs"), 1000).toInt();
    TrackerHttp http(&network, policy);
    const Account pushAs = account.value();
    http.setTokenSource({[&accounts, pushAs](auto done) { accounts.accessToken(pushAs.id, done); },
                         [&accounts, pushAs](const QString &rejected, auto done) {
                             accounts.recoverFromUnauthorized(pushAs.id, rejected, done);
                         },
                         [pushAs](QNetworkRequest &request, const QString &token) {
                             authorizeRequest(request, pushAs, token);
                         }});
    GitHubTracker github(http, pushAs.apiBaseUrl);
    GitHubPusher pusher(github, repository);
    PushRunner runner(*workspace.value(), pusher, pushAs.id, repository);
    if (!parser.isSet(jsonOption)) {
        printPlan(streams, plan, byId, repository);
        QObject::connect(
            &runner, &PushRunner::ticketPushed, &runner, [&](const QString &id, const QString &url) {
                streams.out << Text::tr("  pushed: %1 — %2").arg(byId.value(id).title, url) << Qt::endl;
            });
        QObject::connect(
            &runner, &PushRunner::ticketFailed, &runner, [&](const QString &id, const QString &reason) {
                streams.out << Text::tr("  failed: %1 — %2").arg(byId.value(id).title, reason) << Qt::endl;
            });
    }
    QEventLoop loop;
    PushSummary summary;
    QObject::connect(&runner, &PushRunner::finished, &loop, [&](const PushSummary &done) {
        summary = done;
        loop.quit();
    });
    runner.start(plan);
    if (runner.isRunning())
        loop.exec();
    if (parser.isSet(jsonOption)) {
        QJsonObject result = planToJson(plan, byId);
        result.insert(QStringLiteral("pushed"), summary.pushed);
        result.insert(QStringLiteral("failed"), summary.failed);
        result.insert(QStringLiteral("failures"), QJsonArray::fromStringList(summary.failures));
        streams.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        streams.out << Text::tr("Pushed %1, failed %2.").arg(summary.pushed).arg(summary.failed) << Qt::endl;
    }
    streams.out.flush();
    return summary.failed == 0 ? ExitSuccess : ExitUserError;
}

} // namespace docket
