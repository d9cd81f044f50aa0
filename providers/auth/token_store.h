#pragma once

#include "common/result.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace docket {

// Where tokens and API keys live. Every call answers later, through its callback, on the thread
// that made it: the keychain may ask the PM to unlock it, and the UI must not wait for that.
class TokenStore : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Status)>;
    using Loaded = std::function<void(Result<std::optional<QString>>)>; // no value: no such entry

    using QObject::QObject;

    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void read(const QString &key, Loaded done) = 0;
    virtual void remove(const QString &key, Done done) = 0; // removing a missing entry succeeds
    // For messages: "the system keychain", "memory (this session only)".
    virtual QString description() const = 0;
};

// The OS keychain through QtKeychain: Secret Service or KWallet, macOS Keychain, Windows
// Credential Manager. QtKeychain's insecure fallback (a plain settings file) is off: a missing or
// locked keychain is an error the PM sees, never a silent write to disk.
class KeychainTokenStore : public TokenStore {
    Q_OBJECT
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Docket"), QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, Loaded done) override;
    void remove(const QString &key, Done done) override;
    QString description() const override;

private:
    QString m_service;
};

// "This session only": kept in memory, gone when Docket quits. Chosen explicitly by the PM when
// no keychain is available, and used by tests that are not about the keychain.
class MemoryTokenStore : public TokenStore {
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, Loaded done) override;
    void remove(const QString &key, Done done) override;
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

// For the command line and tests: runs the call and waits for its answer in a local event loop.
Status writeSecretAndWait(TokenStore &store, const QString &key, const QString &secret);
Result<std::optional<QString>> readSecretAndWait(TokenStore &store, const QString &key);
Status removeSecretAndWait(TokenStore &store, const QString &key);

} // namespace docket
