"""login_attempts: the failed-login counts of app/lib/login_limit.py."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="LoginAttempt",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "email",
                        "client",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("email", models.CharField(max_length=254)),
                ("client", models.CharField(max_length=64)),
                ("failures", models.IntegerField()),
                ("window_start", models.BigIntegerField(db_index=True)),
            ],
            options={
                "db_table": "login_attempts",
            },
        ),
    ]
