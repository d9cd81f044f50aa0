#include "oauth_config.h"

#include "oauth_types.h"

#include <QCoreApplication>
#include <QSettings>

namespace docket {

namespace {

// Registered client ids are a release setting (cmake -DDOCKET_GITHUB_CLIENT_ID=...); a build
// without them asks the PM for a token instead, or for a client id in the settings.
#ifndef DOCKET_GITHUB_CLIENT_ID
#define DOCKET_GITHUB_CLIENT_ID ""
#endif
#ifndef DOCKET_LINEAR_CLIENT_ID
#define DOCKET_LINEAR_CLIENT_ID ""
#endif
#ifndef DOCKET_JIRA_CLIENT_ID
#define DOCKET_JIRA_CLIENT_ID ""
#endif
#ifndef DOCKET_JIRA_CLIENT_SECRET
#define DOCKET_JIRA_CLIENT_SECRET ""
#endif

QUrl withPath(QUrl base, const QString &path)
{
    base.setPath(path);
    base.setQuery(QString());
    return base;
}

// github.com keeps its OAuth pages on github.com and its API on api.github.com; a GitHub
// Enterprise Server (and the emulator) serves both from one host, the API under /api/v3.
QUrl githubWebBase(const QUrl &apiBaseUrl)
{
    if (apiBaseUrl.host() == QLatin1String("api.github.com"))
        return QUrl(QStringLiteral("https://github.com"));
    QUrl web = apiBaseUrl;
    QString path = web.path();
    if (path.endsWith(QLatin1String("/api/v3")))
        path.chop(int(qstrlen("/api/v3")));
    web.setPath(path);
    return web;
}

bool isHostedService(const QUrl &url, const QString &domain)
{
    return url.host() == domain || url.host().endsWith(QLatin1Char('.') + domain);
}

OAuthClientConfig defaultsFor(Platform platform, const QUrl &apiBaseUrl)
{
    OAuthClientConfig config;
    config.platform = platform;
    switch (platform) {
    case Platform::GitHub: {
        const QUrl web = githubWebBase(apiBaseUrl);
        config.clientId = QString::fromLatin1(DOCKET_GITHUB_CLIENT_ID);
        config.authorizeUrl = withPath(web, web.path() + QStringLiteral("/login/oauth/authorize"));
        config.tokenUrl = withPath(web, web.path() + QStringLiteral("/login/oauth/access_token"));
        config.deviceCodeUrl = withPath(web, web.path() + QStringLiteral("/login/device/code"));
        config.scopes = {QStringLiteral("repo")};
        break;
    }
    case Platform::Linear: {
        const bool hosted = isHostedService(apiBaseUrl, QStringLiteral("linear.app"));
        config.clientId = QString::fromLatin1(DOCKET_LINEAR_CLIENT_ID);
        config.authorizeUrl = hosted ? QUrl(QStringLiteral("https://linear.app/oauth/authorize"))
                                     : withPath(apiBaseUrl, QStringLiteral("/oauth/authorize"));
        config.tokenUrl = withPath(apiBaseUrl, QStringLiteral("/oauth/token"));
        config.revokeUrl = withPath(apiBaseUrl, QStringLiteral("/oauth/revoke"));
        config.scopes = {QStringLiteral("read"), QStringLiteral("write")};
        config.scopeSeparator = QStringLiteral(",");
        break;
    }
    case Platform::Jira: {
        const bool hosted = isHostedService(apiBaseUrl, QStringLiteral("atlassian.com"));
        const QUrl auth = hosted ? QUrl(QStringLiteral("https://auth.atlassian.com")) : apiBaseUrl;
        config.clientId = QString::fromLatin1(DOCKET_JIRA_CLIENT_ID);
        config.clientSecret = QString::fromLatin1(DOCKET_JIRA_CLIENT_SECRET);
        config.authorizeUrl = withPath(auth, QStringLiteral("/authorize"));
        config.tokenUrl = withPath(auth, QStringLiteral("/oauth/token"));
        config.resourcesUrl = withPath(apiBaseUrl, QStringLiteral("/oauth/token/accessible-resources"));
        // offline_access is what earns a refresh token.
        config.scopes = {QStringLiteral("read:jira-work"), QStringLiteral("write:jira-work"),
                         QStringLiteral("read:jira-user"), QStringLiteral("offline_access")};
        config.extraAuthorizeParameters = {{QStringLiteral("audience"), QStringLiteral("api.atlassian.com")},
                                           {QStringLiteral("prompt"), QStringLiteral("consent")}};
        break;
    }
    }
    return config;
}

} // namespace

OAuthClientConfig oauthConfigFor(Platform platform, const QUrl &apiBaseUrl)
{
    OAuthClientConfig config = defaultsFor(platform, apiBaseUrl);
    QSettings settings;
    settings.beginGroup(QStringLiteral("oauth/") + platformName(platform));
    const auto url = [&settings](const QString &key, QUrl &value) {
        if (settings.contains(key))
            value = QUrl(settings.value(key).toString());
    };
    config.clientId = settings.value(QStringLiteral("clientId"), config.clientId).toString();
    url(QStringLiteral("authorizeUrl"), config.authorizeUrl);
    url(QStringLiteral("tokenUrl"), config.tokenUrl);
    url(QStringLiteral("deviceCodeUrl"), config.deviceCodeUrl);
    url(QStringLiteral("revokeUrl"), config.revokeUrl);
    url(QStringLiteral("resourcesUrl"), config.resourcesUrl);
    config.redirectPort = quint16(settings.value(QStringLiteral("redirectPort"), 0).toUInt());
    return config;
}

OAuthFailure missingClientIdFailure(const OAuthClientConfig &config)
{
    return {QStringLiteral("no_client_id"),
            QCoreApplication::translate(
                "docket::OAuth", "No OAuth client id is set for %1. Set one under oauth/%2/clientId in the "
                                 "settings, or connect with a token instead.")
                .arg(platformDisplayName(config.platform), platformName(config.platform)),
            0};
}

} // namespace docket
