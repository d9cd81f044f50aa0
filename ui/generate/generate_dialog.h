#pragma once

#include "domain/block.h"
#include "generators/generator_settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QWidget;

namespace docket {

// Generate… : which generator, on which block types, and (for the LLM backends) where and how.
class GenerateDialog : public QDialog {
    Q_OBJECT
public:
    explicit GenerateDialog(QWidget *parent = nullptr);

    void setSettings(const GeneratorSettings &settings);
    GeneratorSettings settings() const;
    // The PM typed a key and asked for it to be kept in the OS keychain.
    bool rememberKey() const;
    QList<BlockType> includedBlockTypes() const; // empty: every type
    int ticketCountHint() const;
    int maxTicketCount() const;

private:
    void updateForGenerator();

    QComboBox *m_generator;
    QListWidget *m_blockTypes;
    QSpinBox *m_ticketCount;
    QSpinBox *m_maxTickets;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_apiKey;
    QCheckBox *m_rememberKey;
    QWidget *m_remoteOptions;
};

} // namespace docket
