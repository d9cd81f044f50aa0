#include "token_store.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace docket {

namespace {

QString keychainMessage(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return KeychainTokenStore::tr("No keychain is available (on Linux: a Secret Service such as GNOME "
                                      "Keyring, or KWallet). The account stays disconnected; you can choose "
                                      "to keep its token in memory for this session only.");
    case QKeychain::AccessDeniedByUser:
        return KeychainTokenStore::tr("The keychain was not unlocked, so Docket could not use it.");
    case QKeychain::AccessDenied:
        return KeychainTokenStore::tr("The keychain refused access: %1").arg(job.errorString());
    default:
        return KeychainTokenStore::tr("The keychain reported an error: %1").arg(job.errorString());
    }
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent)
    , m_service(std::move(service))
{}

QString KeychainTokenStore::description() const
{
    return tr("the system keychain");
}

void KeychainTokenStore::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? Status()
                                                     : Status(Error{keychainMessage(*finished), {}}));
    });
    job->start();
}

void KeychainTokenStore::read(const QString &key, Loaded done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            done(std::optional<QString>());
        else if (finished->error() != QKeychain::NoError)
            done(Error{keychainMessage(*finished), {}});
        else
            done(std::optional<QString>(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()));
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const bool gone =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? Status() : Status(Error{keychainMessage(*finished), {}}));
    });
    job->start();
}

QString MemoryTokenStore::description() const
{
    return tr("memory (this session only)");
}

// Answers are still delivered from the event loop, like the keychain's, so callers cannot come to
// depend on an immediate answer.
void MemoryTokenStore::write(const QString &key, const QString &secret, Done done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
}

void MemoryTokenStore::read(const QString &key, Loaded done)
{
    const auto it = m_secrets.constFind(key);
    const std::optional<QString> value = it == m_secrets.cend() ? std::nullopt : std::optional(it.value());
    QTimer::singleShot(0, this, [done = std::move(done), value] { done(value); });
}

void MemoryTokenStore::remove(const QString &key, Done done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
}

Status writeSecretAndWait(TokenStore &store, const QString &key, const QString &secret)
{
    QEventLoop loop;
    Status result;
    store.write(key, secret, [&](Status status) {
        result = std::move(status);
        loop.quit();
    });
    loop.exec();
    return result;
}

Result<std::optional<QString>> readSecretAndWait(TokenStore &store, const QString &key)
{
    QEventLoop loop;
    Result<std::optional<QString>> result = std::optional<QString>();
    store.read(key, [&](Result<std::optional<QString>> value) {
        result = std::move(value);
        loop.quit();
    });
    loop.exec();
    return result;
}

Status removeSecretAndWait(TokenStore &store, const QString &key)
{
    QEventLoop loop;
    Status result;
    store.remove(key, [&](Status status) {
        result = std::move(status);
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace docket
