// The 選挙人名簿 page (rollpage.h).
#include "rollpage.h"

#include "districtpanel.h"
#include "electorpanel.h"
#include "extractpanel.h"
#include "rollrunpanel.h"

#include "client/app/buttons.h"

#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kikan::client {

RollPage::RollPage(ApiClient *api, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Electoral roll"), this));
    m_tabs = new QTabWidget(this);
    m_electors = new ElectorPanel(api, m_tabs);
    m_runs = new RollRunPanel(api, m_tabs);
    m_districts = new DistrictPanel(api, m_tabs);
    m_extracts = new ExtractPanel(api, m_tabs);
    m_tabs->addTab(m_electors, tr("&1 Electors"));
    m_tabs->addTab(m_runs, tr("&2 Registration"));
    m_tabs->addTab(m_districts, tr("&3 Polling districts"));
    m_tabs->addTab(m_extracts, tr("&4 Extract and inspection"));
    layout->addWidget(m_tabs, 1);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_districts)
            m_districts->reload();
        if (m_tabs->widget(index) == m_extracts)
            m_extracts->reload();
    });
}

} // namespace kikan::client
