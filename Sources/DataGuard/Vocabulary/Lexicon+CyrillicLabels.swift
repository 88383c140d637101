extension Lexicon {
    /// Labels before a person's name on forms and records written in Cyrillic letters, each in lower case and with
    /// its capital (the tokenizer folds Latin letters only), abbreviations also in capitals: the patient, the full
    /// name ("ФИО", "ПІБ"), name and surname, the doctor and nurse, the employee, applicant, sender, recipient,
    /// client, tenant and signature of Russian, Ukrainian, Bulgarian, Serbian and Macedonian; Kazakh, Kyrgyz and
    /// Mongolian patients and names ("Науқас", "Бейтап", "Өвчтөн", "Нэр").
    static let cyrillicPersonLabels: [String] = [
        "пациент", "Пациент", "пациентка", "Пациентка", "больной", "Больной", "больная", "Больная", "фио", "Фио",
        "ФИО", "имя", "Имя", "фамилия", "Фамилия", "врач", "Врач", "медсестра", "Медсестра", "сотрудник",
        "Сотрудник", "работник", "Работник", "заявитель", "Заявитель", "получатель", "Получатель", "отправитель",
        "Отправитель", "клиент", "Клиент", "арендатор", "Арендатор", "арендодатель", "Арендодатель", "исполнитель",
        "Исполнитель", "ответственный", "Ответственный", "кому", "Кому", "подпись", "Подпись", "свидетель",
        "Свидетель", "опекун", "Опекун", "представитель", "Представитель",
        // Ukrainian.
        "пацієнт", "Пацієнт", "пацієнтка", "Пацієнтка", "піб", "Піб", "ПІБ", "прізвище", "Прізвище", "лікар",
        "Лікар", "працівник", "Працівник", "заявник", "Заявник", "отримувач", "Отримувач", "відправник",
        "Відправник", "клієнт", "Клієнт", "орендар", "Орендар", "підпис", "Підпис",
        // Bulgarian, Serbian and Macedonian.
        "име", "Име", "презиме", "Презиме", "пацијент", "Пацијент", "лекар", "Лекар",
        // Kazakh, Kyrgyz and Mongolian.
        "науқас", "Науқас", "аты-жөні", "Аты-жөні", "бейтап", "Бейтап", "аты-жөнү", "Аты-жөнү", "өвчтөн", "Өвчтөн",
        "нэр", "Нэр", "овог", "Овог",
    ]
}
