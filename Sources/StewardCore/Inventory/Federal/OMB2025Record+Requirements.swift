extension OMB2025Record {
    /// Whether the data dictionary requires an answer in this column of this record, given its other answers.
    ///
    /// The dictionary's conditions, column by column:
    /// - the identity columns, withholding, stage and high-impact designation are always required;
    /// - `HI_justification` only when the use is presumed high-impact but determined not to be;
    /// - topic, classification, problem, benefits and outputs for pre-deployment, pilot and deployed uses;
    /// - the date, contracting, ATO, data, PII, demographic and custom-code questions for pilot and deployed uses;
    /// - `vendor_name` when, in addition, a vendor took part, and `system_name_ato` when there is an ATO;
    /// - the minimum practices (`hi_…`) only for high-impact deployed uses;
    /// - the links to data, the privacy impact assessment and the code never.
    public func requires(_ column: OMB2025.Column) -> Bool {
        let stage = developmentStage
        let running = stage?.isRunning ?? false
        switch column {
        case .agency, .agencyName, .id, .useCaseName, .agencyBureau, .contactEmail, .isWithheld, .developmentStage,
            .isHighImpact:
            return true
        case .hiJustification:
            return highImpact == .presumedButNot
        case .topicArea, .classification, .problemSolved, .benefits, .systemOutputs:
            return running || stage == .preDeployment
        case .operationalDate, .contractingUsage, .haveATO, .dataDescription, .hasPII, .demographicFeatures,
            .hasCustomCode:
            return running
        case .vendorName:
            return running && OMB2025.ContractingUsage(rawValue: self[.contractingUsage])?.involvesVendor == true
        case .systemNameATO:
            return running && self[.haveATO] == OMB2025.YesNo.yes.rawValue
        case .linkToData, .piaURL, .codeURL:
            return false
        case .hiTestingConducted, .hiAssessmentCompleted, .hiPotentialImpacts, .hiIndependentReview,
            .hiOngoingMonitoring, .hiTrainingEstablished, .hiFailsafePresence, .hiAppealProcess, .hiPublicConsultation:
            return highImpact == .highImpact && stage == .deployed
        }
    }

    /// The columns the data dictionary requires of this record that hold no answer (an empty cell, or `[]`), in
    /// the federal order: what someone still has to fill in before the record is reported.
    public var unansweredColumns: [OMB2025.Column] {
        OMB2025.Column.allCases.filter { requires($0) && isUnanswered($0) }
    }

    private func isUnanswered(_ column: OMB2025.Column) -> Bool {
        let cell = self[column]
        if column.isList, list(column) == .items([]) { return true }
        return cell.allSatisfy(\.isWhitespace)
    }
}
