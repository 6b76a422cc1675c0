"""deploy/k8s, rendered as `kustomize build` would (no kustomize binary here: resources, strategic-merge
patches by kind and name, images, namespace), then checked for what a cluster would only reveal at
deploy time: references that name nothing, probes on ports that do not exist, settings that are not
settings, commands the CLI does not have, and the isolation the NetworkPolicy promises."""

from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from services.cli import app as cli
from services.common.settings import SERVICES, Settings

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
SETTINGS = {f"CALLVAULT_{name.upper()}" for name in Settings.model_fields}
HTTP_SERVICES = {"gateway", "recording-consent", "transcripts"}


def _merge(base, patch):
    """Strategic merge as Kubernetes does it for these manifests: maps deeply, lists of named maps by name."""
    if isinstance(base, dict) and isinstance(patch, dict):
        return {**base, **{k: _merge(base[k], v) if k in base else v for k, v in patch.items()}}
    if isinstance(base, list) and isinstance(patch, list) and all(isinstance(i, dict) and "name" in i
                                                                  for i in base + patch):
        merged = {i["name"]: i for i in base}
        for item in patch:
            merged[item["name"]] = _merge(merged[item["name"]], item) if item["name"] in merged else item
        return list(merged.values())
    return patch


def _key(doc: dict) -> tuple[str, str]:
    return doc["kind"], doc["metadata"]["name"]


def render(directory: Path) -> list[dict]:
    kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text())
    docs: list[dict] = []
    for resource in kustomization.get("resources", []):
        path = directory / resource
        docs += render(path) if path.is_dir() else [d for d in yaml.safe_load_all(path.read_text()) if d]
    by_key = {_key(d): i for i, d in enumerate(docs)}
    assert len(by_key) == len(docs), f"{directory}: two resources with one kind and name"
    for patch in kustomization.get("patches", []):
        for doc in yaml.safe_load_all((directory / patch["path"]).read_text()):
            assert _key(doc) in by_key, f"{directory}/{patch['path']} patches {_key(doc)}, which does not exist"
            docs[by_key[_key(doc)]] = _merge(docs[by_key[_key(doc)]], doc)
    images = {i["name"]: f"{i['newName']}:{i['newTag']}" for i in kustomization.get("images", [])}
    for doc in docs:
        for container in _pod(doc).get("containers", []):
            container["image"] = images.get(container["image"], container["image"])
        if "namespace" in kustomization and doc["kind"] != "Namespace":
            doc["metadata"]["namespace"] = kustomization["namespace"]
    return docs


def _pod(doc: dict) -> dict:
    if doc["kind"] in ("Deployment", "Job"):
        return doc["spec"]["template"]["spec"]
    return {}


def _of(docs: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def _matches(selector: dict, labels: dict) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def _pod_labels(docs: list[dict]) -> dict[str, dict]:
    return {name: d["spec"]["template"]["metadata"]["labels"] for name, d in _of(docs, "Deployment").items()}


@pytest.fixture(scope="module", params=["base", "overlays/production"])
def docs(request) -> list[dict]:
    return render(K8S / request.param)


def test_every_process_runs_a_command_the_cli_has_with_settings_that_exist(docs):
    commands = {c.name or c.callback.__name__ for c in cli.registered_commands}
    config, secrets = _of(docs, "ConfigMap"), _of(docs, "Secret")
    for name, doc in {**_of(docs, "Deployment"), **_of(docs, "Job")}.items():
        pod = _pod(doc)
        assert pod["securityContext"]["runAsNonRoot"] is True, f"{name} may run as root"
        for container in pod["containers"]:
            args = container["args"]
            assert args[0] in commands, f"{name} runs `callvault {args[0]}`, which does not exist"
            if args[0] == "serve":
                assert args[1] in SERVICES
            assert container["image"].startswith("ghcr.io/callvault/callvault:"), f"{name}: image not set"
            for source in container.get("envFrom", []):
                ref = source.get("configMapRef") or source.get("secretRef")
                assert ref["name"] in (config if "configMapRef" in source else secrets), f"{name}: {ref} missing"
            for variable in container.get("env", []):
                assert variable["name"] in SETTINGS, f"{name} sets {variable['name']}, which is not a setting"
            limits, requests = container["resources"]["limits"], container["resources"]["requests"]
            assert {"cpu", "memory"} <= set(limits) and {"cpu", "memory"} <= set(requests), name
            mounts = {m["name"] for m in container.get("volumeMounts", [])}
            assert mounts <= {v["name"] for v in pod.get("volumes", [])}, f"{name} mounts a volume it lacks"
    for doc in [*config.values(), *secrets.values()]:
        values = doc.get("data") or doc.get("stringData")
        assert set(values) <= SETTINGS, f"{doc['metadata']['name']}: {set(values) - SETTINGS} are not settings"
    assert any(c["args"] == ["migrate"] for j in _of(docs, "Job").values() for c in _pod(j)["containers"])


def test_probes_and_services_point_at_ports_that_exist(docs):
    deployments = _of(docs, "Deployment")
    assert set(deployments) == HTTP_SERVICES | {"purge-worker"}
    for name, doc in deployments.items():
        for container in _pod(doc)["containers"]:
            ports = {p["name"]: p["containerPort"] for p in container["ports"]}
            for probe in ("readinessProbe", "livenessProbe"):
                assert container[probe]["httpGet"]["port"] in ports, f"{name}: {probe} on an unknown port"
            if name in HTTP_SERVICES:
                # The port the process listens on (its setting) is the one declared.
                listen = {v["name"]: int(v["value"]) for v in container["env"]}
                assert listen[f"CALLVAULT_{name.upper().replace('-', '_')}_PORT"] == ports["http"]
    labels = _pod_labels(docs)
    for name, service in _of(docs, "Service").items():
        if service["spec"].get("type") == "ExternalName":
            continue
        [target] = [d for d, pod in labels.items() if _matches(service["spec"]["selector"], pod)]
        ports = {p["name"] for c in _pod(deployments[target])["containers"] for p in c["ports"]}
        assert {p["targetPort"] for p in service["spec"]["ports"]} <= ports, name


def test_the_gateways_readyz_and_metrics_are_on_its_ops_port_which_no_service_exposes(docs):
    gateway = _of(docs, "Deployment")["gateway"]
    [container] = _pod(gateway)["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    listen = {v["name"]: int(v["value"]) for v in container["env"]}
    assert listen["CALLVAULT_GATEWAY_OPS_PORT"] == ports["ops"] != ports["http"]
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "ops"}
    assert gateway["spec"]["template"]["metadata"]["annotations"]["prometheus.io/port"] == str(ports["ops"])
    exposed = {p["targetPort"] for s in _of(docs, "Service").values() if s["spec"].get("selector") == {
        "app.kubernetes.io/name": "gateway"} for p in s["spec"]["ports"]}
    assert exposed == {"http"}

def test_the_settings_point_at_services_that_exist(docs):
    [config] = _of(docs, "ConfigMap").values()
    services = _of(docs, "Service")
    data = config["data"]
    for variable in ("CALLVAULT_RECORDING_CONSENT_URL", "CALLVAULT_TRANSCRIPTS_URL"):
        url = urlparse(data[variable])
        assert url.hostname in services and url.port == services[url.hostname]["spec"]["ports"][0]["port"]
    assert services[data["CALLVAULT_DB_HOST"]]["spec"]["type"] == "ExternalName"  # PostgreSQL is external
    s3 = urlparse(data["CALLVAULT_S3_ENDPOINT_URL"]).hostname
    assert s3 in services or s3 == services["s3"]["spec"]["externalName"]
    assert data["CALLVAULT_KMS_PROVIDER"] != "local", "the local keyring is for one machine only"


def test_autoscaling_and_disruption_budgets_cover_what_they_name(docs):
    labels = _pod_labels(docs)
    hpas = _of(docs, "HorizontalPodAutoscaler")
    assert set(hpas) == HTTP_SERVICES
    for hpa in hpas.values():
        assert hpa["spec"]["scaleTargetRef"]["name"] in labels
        assert 1 < hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    budgets = _of(docs, "PodDisruptionBudget")
    covered = {d for b in budgets.values() for d, pod in labels.items()
               if _matches(b["spec"]["selector"]["matchLabels"], pod)}
    assert covered == set(labels)


def test_only_the_gateway_reaches_the_services(docs):
    labels = _pod_labels(docs)
    policies = _of(docs, "NetworkPolicy").values()
    for name in HTTP_SERVICES - {"gateway"}:
        [policy] = [p for p in policies if _matches(p["spec"]["podSelector"]["matchLabels"], labels[name])]
        sources = [s for rule in policy["spec"]["ingress"] for s in rule["from"]]
        pods = {d for s in sources if "podSelector" in s for d, pod in labels.items()
                if _matches(s["podSelector"]["matchLabels"], pod)}
        # The gateway; and the transcripts service, which asks the consent service about consent (one port).
        assert pods <= {"gateway", "transcripts"} and "gateway" in pods, name
        for rule in policy["spec"]["ingress"]:
            for source in rule["from"]:
                if "podSelector" in source and _matches(source["podSelector"]["matchLabels"], labels["transcripts"]):
                    assert [p["port"] for p in rule["ports"]] == [8001]
                assert "ipBlock" not in source
    gateway = [p for p in policies if _matches(p["spec"]["podSelector"]["matchLabels"], labels["gateway"])]
    assert gateway == [], "the gateway is the way in"


def test_production_streams_are_replicated_on_a_three_node_cluster():
    [config] = _of(render(K8S / "overlays/production"), "ConfigMap").values()
    assert config["data"]["CALLVAULT_NATS_STREAM_REPLICAS"] == "3"
    values = yaml.safe_load((K8S / "nats" / "values.yaml").read_text())
    assert values["config"]["cluster"]["replicas"] == 3 and values["config"]["jetstream"]["enabled"] is True


def test_a_patch_of_a_missing_resource_is_caught(tmp_path):
    (tmp_path / "kustomization.yaml").write_text("resources: [a.yaml]\npatches: [{path: p.yaml}]\n")
    (tmp_path / "a.yaml").write_text("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n")
    (tmp_path / "p.yaml").write_text("apiVersion: v1\nkind: Service\nmetadata: {name: b}\n")
    with pytest.raises(AssertionError, match="does not exist"):
        render(tmp_path)


def test_the_image_is_multi_stage_without_compilers_and_checks_its_health():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    stages = dockerfile.split("\nFROM ")
    assert len(stages) >= 2 and "slim" in stages[-1].splitlines()[0]
    final = stages[-1]
    assert not any(tool in final for tool in ("gcc", "build-essential", "apt-get install"))
    assert 'HEALTHCHECK' in final and '"callvault", "probe"' in final


def test_the_health_check_finds_what_the_container_runs(monkeypatch):
    import http.server
    import socket
    import threading

    from typer.testing import CliRunner

    class Healthz(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/healthz" else 404)
            self.end_headers()

        def log_message(self, *args):
            pass

    def free_port() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    for service in SERVICES:  # nothing listens on any port the probe knows
        monkeypatch.setenv(f"CALLVAULT_{service.upper()}_PORT", str(free_port()))
    assert CliRunner().invoke(cli, ["probe"]).exit_code == 1
    server = http.server.HTTPServer(("127.0.0.1", 0), Healthz)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("CALLVAULT_TRANSCRIPTS_PORT", str(server.server_address[1]))
        assert CliRunner().invoke(cli, ["probe"]).exit_code == 0
    finally:
        server.shutdown()
        server.server_close()


def test_each_process_gets_only_the_secrets_it_uses(docs):
    """The gateway alone the internal signing key, the migration alone the owner's password; the
    gateway no object-store or KMS credential."""
    secrets = {name: set(d.get("stringData") or d.get("data")) for name, d in _of(docs, "Secret").items()}
    held: dict[str, set[str]] = {}
    for name, doc in {**_of(docs, "Deployment"), **_of(docs, "Job")}.items():
        for container in _pod(doc)["containers"]:
            for source in container.get("envFrom", []):
                if "secretRef" in source:
                    held.setdefault(name, set()).update(secrets[source["secretRef"]["name"]])
    assert {n for n, keys in held.items() if "CALLVAULT_INTERNAL_SIGNING_KEY" in keys} == {"gateway"}
    assert {n for n, keys in held.items() if "CALLVAULT_DB_OWNER_PASSWORD" in keys} == {"callvault-migrate"}
    assert {n for n, keys in held.items() if "CALLVAULT_EVENT_KEY" in keys} == {
        "gateway", "recording-consent", "transcripts", "purge-worker"}
    assert not held["gateway"] & {"CALLVAULT_S3_SECRET_ACCESS_KEY", "CALLVAULT_VAULT_TOKEN",
                                             "CALLVAULT_SIGNING_KEY", "CALLVAULT_DATABASE_URL"}
