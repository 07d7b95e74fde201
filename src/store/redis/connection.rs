//! One connection per thread, kept from request to request (a php-fpm
//! worker, or a thread of a threaded server, reuses it), replaced when the
//! settings name other nodes or when it fails.

use std::{cell::RefCell, thread, time::Duration, time::Instant};

use redis::{
    Client, ConnectionLike, RedisResult, cluster::ClusterClient, cluster::ClusterConnection,
};

use super::{Config, StoreResult, unavailable, worth_retrying};

enum Connection {
    Node(redis::Connection),
    // Boxed: a Cluster connection is several times a node's size.
    Cluster(Box<ClusterConnection>),
}

impl Connection {
    fn as_like(&mut self) -> &mut dyn ConnectionLike {
        match self {
            Connection::Node(con) => con,
            Connection::Cluster(con) => con.as_mut(),
        }
    }
}

/// The connection and the settings it was made with.
struct Kept {
    made_for: Config,
    connection: Connection,
}

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// Runs `step` on this thread's connection. A failure the server or the
/// network may get over (a dropped connection, a restarting server, a
/// Cluster failover) is retried on a new connection until
/// `aura_session.redis_timeout` has passed; steps are safe to repeat (a
/// commit finds its own write id). Any other failure is the caller's.
pub fn run<T>(config: &Config, mut step: impl FnMut(&mut dyn ConnectionLike) -> RedisResult<T>) -> StoreResult<T> {
    let started = Instant::now();
    let budget = config.timeout.unwrap_or(Duration::from_secs(2));
    let mut pause = Duration::from_millis(20);
    loop {
        let outcome = KEPT.with_borrow_mut(|kept| {
            let kept = match kept.take() {
                Some(k) if k.made_for == *config => kept.insert(k),
                // None yet, or one made for other settings (dropped here).
                _ => kept.insert(Kept { made_for: config.clone(), connection: connect(config)? }),
            };
            step(kept.connection.as_like())
        });
        match outcome {
            Ok(value) => return Ok(value),
            Err(error) if worth_retrying(&error) => {
                KEPT.with_borrow_mut(|kept| *kept = None);
                if started.elapsed() + pause > budget {
                    return Err(unavailable(error));
                }
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(250));
            }
            Err(error) => return Err(unavailable(error)),
        }
    }
}

fn connect(config: &Config) -> RedisResult<Connection> {
    if config.cluster {
        let mut builder = ClusterClient::builder(config.nodes.iter().map(String::as_str));
        if let Some(timeout) = config.connect_timeout {
            builder = builder.connection_timeout(timeout);
        }
        if let Some(timeout) = config.timeout {
            builder = builder.response_timeout(timeout);
        }
        let connection = builder.build()?.get_connection()?;
        connection.set_write_timeout(config.timeout)?;
        return Ok(Connection::Cluster(Box::new(connection)));
    }
    let node = config.nodes.first().map(String::as_str).unwrap_or_default();
    let client = Client::open(node)?;
    let connection = match config.connect_timeout {
        Some(timeout) => client.get_connection_with_timeout(timeout)?,
        None => client.get_connection()?,
    };
    connection.set_read_timeout(config.timeout)?;
    connection.set_write_timeout(config.timeout)?;
    Ok(Connection::Node(connection))
}
