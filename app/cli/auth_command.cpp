#include "auth_command.h"

#include "auth/account_service.h"
#include "auth/authorization_code_login.h"
#include "auth/device_login.h"
#include "auth/oauth_config.h"
#include "auth/token_store.h"
#include "cli.h"
#include "generators/generator_settings.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Cli)
};

struct LoginOptions {
    Platform platform = Platform::GitHub;
    QUrl baseUrl;
    QString email;
    QString method; // device or web, for OAuth
    QString site;   // Jira Cloud: name, URL or cloud id of the site to use
};

QUrl defaultBaseUrl(Platform platform)
{
    switch (platform) {
    case Platform::GitHub:
        return QUrl(QStringLiteral("https://api.github.com"));
    case Platform::Linear:
        return QUrl(QStringLiteral("https://api.linear.app"));
    case Platform::Jira:
        return QUrl(QStringLiteral("https://api.atlassian.com"));
    }
    return {};
}

// Runs an asynchronous call and waits for its single answer.
template <typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    QEventLoop loop;
    std::optional<T> answer;
    start([&](T value) {
        answer.emplace(std::move(value));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

void printAccount(Streams streams, const Account &account, bool json)
{
    if (json) {
        streams.out << QJsonDocument(accountToJson(account)).toJson(QJsonDocument::Indented);
        streams.out.flush();
        return;
    }
    QString where = account.apiBaseUrl.toString();
    if (!account.siteUrl.isEmpty())
        where = Text::tr("%1, site %2").arg(account.siteUrl.toString(), account.siteName);
    streams.out << Text::tr("Connected %1 account %2 (%3).")
                       .arg(platformDisplayName(account.platform), account.accountName, where)
                << Qt::endl;
}

std::optional<JiraSite> pickSite(const QString &wanted, const QList<JiraSite> &sites, Streams streams)
{
    for (const JiraSite &site : sites)
        if (!wanted.isEmpty() && (site.name == wanted || site.cloudId == wanted ||
                                  site.url.toString() == wanted || site.url.host() == wanted))
            return site;
    streams.err << Text::tr(
                       "This Atlassian account reaches several Jira sites; run again with --site and one "
                       "of them:")
                << Qt::endl;
    for (const JiraSite &site : sites)
        streams.err << QStringLiteral("  %1  %2\n").arg(site.name.leftJustified(20), site.url.toString());
    streams.err.flush();
    return std::nullopt;
}

int loginWithToken(AccountService &service, const LoginOptions &options, bool json, Streams streams)
{
    QTextStream input(stdin);
    const QString token = input.readLine().trimmed();
    if (token.isEmpty())
        return userError(streams, Text::tr("--token-stdin: standard input held no token."));
    Account draft;
    draft.platform = options.platform;
    draft.apiBaseUrl = options.baseUrl;
    draft.email = options.email;
    switch (options.platform) {
    case Platform::GitHub:
        draft.method = AuthMethod::PersonalToken;
        break;
    case Platform::Linear:
        draft.method = AuthMethod::ApiKey;
        break;
    case Platform::Jira:
        // An e-mail means Jira Cloud's API token; without one, a Data Center personal token.
        draft.method = options.email.isEmpty() ? AuthMethod::PersonalToken : AuthMethod::EmailApiToken;
        break;
    }
    const Result<Account> connected =
        waitFor<Result<Account>>([&](auto done) { service.connectWithSecret(draft, token, done); });
    if (!connected)
        return userError(streams, connected.error().message);
    printAccount(streams, connected.value(), json);
    return ExitSuccess;
}

int loginWithOAuth(AccountService &service, QNetworkAccessManager &network, const LoginOptions &options,
                   bool json, Streams streams)
{
    const OAuthClientConfig config = oauthConfigFor(options.platform, options.baseUrl);
    Account draft;
    draft.platform = options.platform;
    draft.apiBaseUrl = options.baseUrl;
    const bool device = options.platform == Platform::GitHub && options.method != QLatin1String("web");
    draft.method = device ? AuthMethod::OAuthDevice : AuthMethod::OAuthWeb;

    QEventLoop loop;
    std::optional<Result<OAuthTokens>> granted;
    const auto onTokens = [&](const OAuthTokens &tokens) {
        granted.emplace(tokens);
        loop.quit();
    };
    const auto onFailure = [&](const OAuthFailure &failure) {
        granted.emplace(
            Error{failure.description.isEmpty() ? failure.code : failure.description, failure.code});
        loop.quit();
    };
    std::unique_ptr<QObject> login;
    if (device) {
        auto *flow = new DeviceLogin(&network, config);
        QObject::connect(flow, &DeviceLogin::codeReady, flow,
                         [streams](const QString &userCode, const QUrl &page, const QDateTime &expiresAt) {
                             streams.err
                                 << Text::tr("Open %1 and enter the code %2 (valid until %3).")
                                        .arg(page.toString(), userCode,
                                             expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                                 << Qt::endl;
                         });
        QObject::connect(flow, &DeviceLogin::succeeded, flow, onTokens);
        QObject::connect(flow, &DeviceLogin::failed, flow, onFailure);
        login.reset(flow);
        flow->start();
    } else {
        auto *flow = new AuthorizationCodeLogin(&network, config);
        QObject::connect(
            flow, &AuthorizationCodeLogin::authorizationUrlReady, flow, [streams](const QUrl &url) {
                streams.err << Text::tr("Open this page in a browser to connect Docket:") << Qt::endl
                            << url.toString(QUrl::FullyEncoded) << Qt::endl;
            });
        QObject::connect(flow, &AuthorizationCodeLogin::succeeded, flow, onTokens);
        QObject::connect(flow, &AuthorizationCodeLogin::failed, flow, onFailure);
        login.reset(flow);
        flow->start();
    }
    if (!granted)
        loop.exec();
    if (!granted->ok())
        return userError(streams, Text::tr("the sign-in failed: %1").arg(granted->error().message));

    const Result<Account> connected = waitFor<Result<Account>>([&](auto done) {
        service.connectWithOAuth(
            draft, granted->value(),
            [&](const QList<JiraSite> &sites) { return pickSite(options.site, sites, streams); }, done);
    });
    if (!connected)
        return userError(streams, connected.error().message);
    printAccount(streams, connected.value(), json);
    return ExitSuccess;
}

int showStatus(Workspace &workspace, AccountService &service, bool all, bool check, bool json,
               Streams streams)
{
    if (check) {
        auto active = workspace.accounts();
        if (!active)
            return internalError(streams, active.error());
        for (const Account &account : active.value()) {
            const Result<TrackerIdentity> identity =
                waitFor<Result<TrackerIdentity>>([&](auto done) { service.verify(account.id, done); });
            if (!identity)
                streams.err << Text::tr("%1 account %2 does not work: %3")
                                   .arg(platformDisplayName(account.platform), account.accountName,
                                        identity.error().message)
                            << Qt::endl;
        }
    }
    auto accounts = workspace.accounts(all);
    if (!accounts)
        return internalError(streams, accounts.error());
    if (json) {
        QJsonArray array;
        for (const Account &account : accounts.value())
            array.append(accountToJson(account));
        streams.out << QJsonDocument(QJsonObject{{QStringLiteral("accounts"), array}})
                           .toJson(QJsonDocument::Indented);
        streams.out.flush();
        return ExitSuccess;
    }
    if (accounts.value().isEmpty())
        streams.out << Text::tr("No tracker accounts are connected.") << Qt::endl;
    for (const Account &account : accounts.value())
        streams.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(platformDisplayName(account.platform).leftJustified(7),
                                accountStatusName(account.status).leftJustified(16),
                                account.accountName.leftJustified(20),
                                authMethodName(account.method).leftJustified(16),
                                account.siteUrl.isEmpty() ? account.apiBaseUrl.toString()
                                                          : account.siteUrl.toString());
    streams.out.flush();
    return ExitSuccess;
}

int logout(Workspace &workspace, AccountService &service, Platform platform, const QString &accountId,
           Streams streams)
{
    auto accounts = workspace.accounts();
    if (!accounts)
        return internalError(streams, accounts.error());
    int disconnected = 0;
    for (const Account &account : accounts.value()) {
        if (account.platform != platform || (!accountId.isEmpty() && account.id != accountId))
            continue;
        const Status done = waitFor<Status>([&](auto finished) { service.disconnect(account.id, finished); });
        if (!done)
            return userError(streams, done.error().message);
        streams.out << Text::tr("Disconnected %1 account %2; its tokens were removed from the keychain.")
                           .arg(platformDisplayName(platform), account.accountName)
                    << Qt::endl;
        ++disconnected;
    }
    if (disconnected == 0)
        return userError(
            streams, Text::tr("No connected %1 account to disconnect.").arg(platformDisplayName(platform)));
    return ExitSuccess;
}

// Keeps an LLM endpoint's or TaskForge's API key in the keychain, for `docket generate` and the app.
int setGeneratorKey(const QString &generatorId, const QCommandLineParser &parser,
                    const QCommandLineOption &baseUrl, const QCommandLineOption &tokenStdin, Streams streams)
{
    GeneratorSettings settings;
    settings.generatorId = generatorId;
    if (!settings.needsApiKey())
        return userError(streams, Text::tr("set-key takes openai or taskforge."));
    if (!parser.isSet(tokenStdin))
        return userError(streams, Text::tr("set-key reads the key from standard input: add --token-stdin."));
    settings.baseUrl =
        parser.isSet(baseUrl) ? QUrl(parser.value(baseUrl)) : GeneratorSettings::defaultBaseUrl(generatorId);
    QTextStream input(stdin);
    const QString key = input.readLine().trimmed();
    if (key.isEmpty())
        return userError(streams, Text::tr("--token-stdin: standard input held no key."));
    KeychainTokenStore keychain;
    if (Status kept = writeSecretAndWait(
            keychain, GeneratorSettings::apiKeySecretKey(generatorId, settings.baseUrl), key);
        !kept)
        return userError(streams, kept.error().message);
    streams.out
        << Text::tr("The %1 key for %2 is in the keychain.").arg(generatorId, settings.baseUrl.toString())
        << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runAuth(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Connect, inspect and disconnect tracker accounts. Tokens live only in the OS keychain.\n"
        "  auth login github|linear|jira --workspace FILE [--base-url URL] [--email E] [--token-stdin]\n"
        "             [--method device|web] [--site NAME]\n"
        "  auth status --workspace FILE [--all] [--check] [--json]\n"
        "  auth logout github|linear|jira --workspace FILE [--account ID]\n"
        "  auth set-key openai|taskforge [--base-url URL] --token-stdin   (a generator's API key)\n"
        "Without --token-stdin, login runs the tracker's OAuth sign-in: GitHub's device flow (or "
        "--method web), Linear and Jira Cloud through the browser."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), Text::tr("The workspace file."),
                                             Text::tr("file"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        Text::tr(
            "The tracker's API base: GitHub Enterprise https://HOST/api/v3, a Jira site or Data Center URL."),
        Text::tr("url"));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         Text::tr("Jira Cloud: the account's e-mail."), Text::tr("address"));
    const QCommandLineOption tokenOption(QStringLiteral("token-stdin"),
                                         Text::tr("Read a personal token or API key from standard input."));
    const QCommandLineOption methodOption(QStringLiteral("method"), Text::tr("GitHub OAuth: device or web."),
                                          Text::tr("method"), QStringLiteral("device"));
    const QCommandLineOption siteOption(QStringLiteral("site"), Text::tr("Jira Cloud: the site to use."),
                                        Text::tr("name"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           Text::tr("logout: only this account id."), Text::tr("id"));
    const QCommandLineOption allOption(QStringLiteral("all"), Text::tr("status: disconnected accounts too."));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), Text::tr("status: ask each tracker whether the account still works."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    for (const QCommandLineOption &option :
         {workspaceOption, baseUrlOption, emailOption, tokenOption, methodOption, siteOption, accountOption,
          allOption, checkOption, jsonOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("login, status, logout or set-key"));
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action == QLatin1String("set-key"))
        return setGeneratorKey(positional.value(1), parser, baseUrlOption, tokenOption, streams);
    if (!parser.isSet(workspaceOption))
        return userError(streams, Text::tr("auth needs --workspace FILE."));
    if (action != QLatin1String("login") && action != QLatin1String("status") &&
        action != QLatin1String("logout"))
        return userError(streams,
                         Text::tr("auth takes login, status, logout or set-key, not \"%1\".").arg(action));

    const bool creating = action == QLatin1String("login");
    auto workspace =
        Workspace::open(parser.value(workspaceOption),
                        creating ? Workspace::OpenMode::CreateIfMissing : Workspace::OpenMode::MustExist);
    if (!workspace)
        return userError(streams, workspace.error().toString());
    KeychainTokenStore tokens;
    QNetworkAccessManager network;
    AccountService service(*workspace.value(), tokens, &network, QStringLiteral("cli"));
    if (action == QLatin1String("status"))
        return showStatus(*workspace.value(), service, parser.isSet(allOption), parser.isSet(checkOption),
                          parser.isSet(jsonOption), streams);

    const auto platform = platformFromName(positional.value(1));
    if (!platform)
        return userError(streams, Text::tr("name the tracker: github, linear or jira."));
    if (action == QLatin1String("logout"))
        return logout(*workspace.value(), service, *platform, parser.value(accountOption), streams);

    LoginOptions options;
    options.platform = *platform;
    options.baseUrl =
        parser.isSet(baseUrlOption) ? QUrl(parser.value(baseUrlOption)) : defaultBaseUrl(*platform);
    options.email = parser.value(emailOption);
    options.method = parser.value(methodOption);
    options.site = parser.value(siteOption);
    if (Status url = checkBaseUrl(options.baseUrl); !url)
        return userError(streams, url.error().message);
    if (parser.isSet(tokenOption)) {
        if (*platform == Platform::Jira && !parser.isSet(baseUrlOption))
            return userError(streams,
                             Text::tr("a Jira token needs --base-url: the site (https://NAME.atlassian.net, "
                                      "with --email) or the Data Center URL."));
        return loginWithToken(service, options, parser.isSet(jsonOption), streams);
    }
    return loginWithOAuth(service, network, options, parser.isSet(jsonOption), streams);
}

} // namespace docket
