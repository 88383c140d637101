import StewardCore

/// The kind of personal data, PHI or confidential term a ``Finding`` is.
///
/// Raw values are the type names of the PII/PHI benchmark (`PERSON`, `US_SSN`, …), so findings can be
/// scored and exchanged as they are. Each type maps onto the policies' ``DataCategory``.
public enum FindingType: String, CaseIterable, Codable, Sendable, Hashable {
    case person = "PERSON"
    case emailAddress = "EMAIL_ADDRESS"
    case phoneNumber = "PHONE_NUMBER"
    case usSSN = "US_SSN"
    case dateOfBirth = "DATE_OF_BIRTH"
    case date = "DATE"
    case streetAddress = "STREET_ADDRESS"
    case medicalRecordNumber = "MEDICAL_RECORD_NUMBER"
    case memberNumber = "MEMBER_NUMBER"
    case employeeNumber = "EMPLOYEE_NUMBER"
    case healthCondition = "HEALTH_CONDITION"
    case creditCard = "CREDIT_CARD"
    case ipAddress = "IP_ADDRESS"
    case usBankAccount = "US_BANK_ACCOUNT"
    case usRoutingNumber = "US_ROUTING_NUMBER"
    /// An international bank account number (ISO 13616) that passes its check ("DE89 3704 0044 0532 0130 00").
    case ibanCode = "IBAN_CODE"
    /// A national identity, social insurance, tax or passport number, after its label ("PESEL", "NINO", "SIN").
    case nationalID = "NATIONAL_ID"
    case confidentialTerm = "CONFIDENTIAL_TERM"

    /// The policy data category a text containing this type falls under.
    public var dataCategory: DataCategory {
        switch self {
        case .person, .emailAddress, .phoneNumber, .usSSN, .dateOfBirth, .date, .streetAddress,
            .creditCard, .ipAddress, .usBankAccount, .usRoutingNumber, .ibanCode, .nationalID:
            .personal
        case .medicalRecordNumber, .healthCondition: .phi
        case .memberNumber: .memberRecords
        case .employeeNumber: .employeeRecords
        case .confidentialTerm: .confidential
        }
    }

    /// The stem of this type's redaction placeholder, as in `[PHONE_1]`.
    public var placeholderStem: String {
        switch self {
        case .emailAddress: "EMAIL"
        case .phoneNumber: "PHONE"
        case .usSSN: "SSN"
        case .streetAddress: "ADDRESS"
        case .medicalRecordNumber: "MRN"
        case .healthCondition: "CONDITION"
        case .ipAddress: "IP"
        case .usBankAccount: "BANK_ACCOUNT"
        case .usRoutingNumber: "ROUTING_NUMBER"
        case .ibanCode: "IBAN"
        default: rawValue
        }
    }
}
