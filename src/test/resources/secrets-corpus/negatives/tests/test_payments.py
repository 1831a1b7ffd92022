import stripe

STRIPE_TEST_KEY = "sk_test_51H8zQ2KZx4mV9pL0aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ"


def test_charge(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_fake")
    password = "test-password"
    assert charge(password) is not None
