from enum import StrEnum


class EntityType(StrEnum):
    ABA_ROUTING_NUMBER = "ABA_ROUTING_NUMBER"
    CARD_EXPIRY = "CARD_EXPIRY"
    CARD_SECURITY_CODE = "CARD_SECURITY_CODE"
    CREDIT_CARD = "CREDIT_CARD"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    ES_NIE = "ES_NIE"
    ES_NIF = "ES_NIF"
    FR_NIR = "FR_NIR"
    IBAN_CODE = "IBAN_CODE"
    IT_FISCAL_CODE = "IT_FISCAL_CODE"
    LOCATION = "LOCATION"
    NL_BSN = "NL_BSN"
    PERSON = "PERSON"
    PHONE_NUMBER = "PHONE_NUMBER"
    UK_NINO = "UK_NINO"
    US_BANK_NUMBER = "US_BANK_NUMBER"
    US_SSN = "US_SSN"

    def __str__(self) -> str:
        return str(self.value)
