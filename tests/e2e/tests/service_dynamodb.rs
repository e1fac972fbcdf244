//! The generated DynamoDB crate against moto: a table's life, and a query
//! paged over more items than one page holds.

#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]

use std::collections::HashMap;

use awsop_dynamodb::*;
use awsop_e2e::moto_client;

fn s(v: &str) -> AttributeValue {
    AttributeValue::new().s(v)
}

fn n(v: u32) -> AttributeValue {
    AttributeValue::new().n(v.to_string())
}

#[tokio::test(flavor = "current_thread")]
async fn table_items_and_a_paged_query() {
    let client = moto_client();
    let table = "awsop-e2e-things";
    let created = CreateTable::new(table)
        .attribute_definitions(vec![
            AttributeDefinition::new("pk", ScalarAttributeType::S),
            AttributeDefinition::new("sk", ScalarAttributeType::N),
        ])
        .key_schema(vec![
            KeySchemaElement::new("pk", KeyType::Hash),
            KeySchemaElement::new("sk", KeyType::Range),
        ])
        .billing_mode(BillingMode::PayPerRequest)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(created.http_status, 200);
    let description = created.table_description.unwrap();
    assert_eq!(description.table_name.as_deref(), Some(table));

    for i in 0..7 {
        PutItem::new(
            table,
            HashMap::from([
                ("pk".to_owned(), s("group")),
                ("sk".to_owned(), n(i)),
                ("payload".to_owned(), s(&format!("item {i}"))),
            ]),
        )
        .send(&client)
        .await
        .unwrap();
    }

    let got = GetItem::new(
        table,
        HashMap::from([("pk".to_owned(), s("group")), ("sk".to_owned(), n(3))]),
    )
    .send(&client)
    .await
    .unwrap();
    let item = got.item.unwrap();
    assert_eq!(item["payload"].s.as_deref(), Some("item 3"));
    assert!(got.request_id.is_some());

    // Limit 2 over 7 items: four pages, the token a key map each time.
    let query = Query::new(table)
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(HashMap::from([(":pk".to_owned(), s("group"))]))
        .limit(2);
    let mut pages = query.clone().paginate(&client);
    let mut sizes = Vec::new();
    while let Some(page) = pages.next_page().await {
        sizes.push(page.unwrap().items.unwrap_or_default().len());
    }
    assert_eq!(sizes, [2, 2, 2, 1]);
    let mut items = query.paginate_items(&client);
    let mut seen = Vec::new();
    while let Some(item) = items.next_item().await {
        seen.push(item.unwrap()["sk"].n.clone().unwrap());
    }
    assert_eq!(seen, ["0", "1", "2", "3", "4", "5", "6"]);

    let deleted = DeleteTable::new(table).send(&client).await.unwrap();
    assert_eq!(
        deleted.table_description.unwrap().table_name.as_deref(),
        Some(table)
    );
    let err = DescribeTable::new(table).send(&client).await.unwrap_err();
    assert!(
        matches!(
            err.service_error(),
            Some(DescribeTableError::ResourceNotFoundException(_))
        ),
        "{err}"
    );
}
